"""A login name after the word for a system's user names its owner when made of their names;
a role's or a system's account stays readable."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, login", [
    ("2026-12-02 09:40 användare zarslan sökning i journalen", "zarslan"),
    ("Driver: mohammed.as | van 3", "mohammed.as"),
    ("01:30 dottern underrättad.\nOperatör: op_hanna.w", "op_hanna.w"),
    ("Ändringen gjordes inloggad som akvist kl 09.02.", "akvist"),
])
def test_a_login_made_of_names_is_masked(text: str, login: str) -> None:
    assert login in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "användare admin loggade in 02:11",
    "login: root from 192.0.2.4",
    "Operatör: nattjour",
    "Användaren klickade på länken och föraren svängde vänster.",
    "user guest, driver: unknown",
])
def test_a_roles_or_a_systems_account_stays(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, logins", [
    ("Portallogg\n2026-11-30 21:02 kbergkvist from 192.0.2.17: ändrade samtycke\n",
     ["kbergkvist"]),
    ("Intyget saknas, leveranser stoppas.\nÄndrat av jmalmqvist.\n", ["jmalmqvist"]),
    ("Access to the raw files: ohedlund, rkarlsson, bmorales\n",
     ["ohedlund", "rkarlsson", "bmorales"]),
    ("Anv.namn: shallberg\nGrupp: analytisk kemi\n", ["shallberg"]),
])
def test_logins_where_logs_and_access_lists_print_them(text: str, logins: list[str]) -> None:
    """Logs print a login after a line's date and time, a changer's `av` names one at a
    line's end, and access lists put several after a colon: made of an initial and a
    surname, each names its owner."""
    assert [n for n in found(text, "PERSON") if n in logins] == logins


@pytest.mark.parametrize("text", [
    "Ingredienser: socker, mjöl, ägg, smör\nBilar: volvo, saab, audi\n",
    "Users: admin, root, guest\nÄndrat av admin.\n",
    "2026-11-30 21:02 backup from 192.0.2.17 klar\n",
])
def test_words_roles_and_systems_in_those_places_stay(text: str) -> None:
    assert found(text, "PERSON") == []
