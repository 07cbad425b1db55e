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
