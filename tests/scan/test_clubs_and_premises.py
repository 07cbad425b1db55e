"""Clubs whose names open with their letters (`IK Frej`, `TK Atlas`) and the premises a club,
church or school meets in are no one's; a register's initials before a surname, and a home
or a sole trader's shop, stay someone's."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Han spelar i IK Frej och tränar med BK Olympia.",
    "Jonna Lidbeck är ungdomstränare i TK Atlas sedan i våras.",
    "IFK Norrköping mötte AIK Fotboll i lördags.",
])
def test_a_club_opened_by_its_letters_is_no_person(text: str) -> None:
    people = found(text, "PERSON")
    assert not any(club in " ".join(people) for club in ("Frej", "Olympia", "Atlas", "IFK"))


def test_initials_before_a_surname_stay_a_person() -> None:
    assert "GF Lindberg" in found("Intyg: GF Lindberg (ssk)", "PERSON")


@pytest.mark.parametrize("text", [
    "Föräldramöte torsdag 19.00 i klubblokalen, Ringvägen 2 (vi delar med boxarna).",
    "Samling i kyrkan, Prästgårdsvägen 4, efter gudstjänsten.",
])
def test_where_a_club_or_church_meets_is_no_home(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize(("text", "address"), [
    ("Han bor i lägenheten, Storgatan 2, sedan maj.", "Storgatan 2"),
    ("Máret Pavval, Duodji-butiken, Porjusvägen 7, 962 31 Jokkmokk",
     "Porjusvägen 7, 962 31 Jokkmokk"),
])
def test_a_home_or_a_sole_traders_shop_stays_an_address(text: str, address: str) -> None:
    assert address in found(text, "ADDRESS")


@pytest.mark.parametrize("text", ["Inför Junior-SM visade han upp kapslar med LGD-4033.",
                                  "Vi ses på Veteran-VM i Kalmar, Lena Ek kommer också."])
def test_a_championship_is_no_person(text: str) -> None:
    assert all("SM" not in p and "VM" not in p for p in found(text, "PERSON"))


def test_a_name_before_a_plate_stays_someone() -> None:
    assert any("Anna Berg" in p for p in found("Chaufför Anna Berg KXT 482 22:41 in", "PERSON"))
