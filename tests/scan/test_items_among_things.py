"""A word a list holds as a surname, one item of a list of things (brands, sorts, lures), is
no one; a given name alone stays someone's, and people listed beside kin, roles, ages,
pronouns, numbers or other people are still found."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Löparskor på rean (Asics, Karhu, Brooks, Saucony).", "Karhu"),
        ("Fiskedrag i lådan: Rapala, Toby, Kallio, Mepps och en pimpel.", "Kallio"),
        ("Skidpjäxor i uthyrningen (Alpina, Fischer, Atomic, Salomon).", "Fischer"),
        ("Ord på banan\nSlalom, Vändpunkt, Peltonen, Raksträcka, Målgång", "Peltonen"),
    ],
)
def test_a_surname_among_things_is_no_one(text: str, thing: str) -> None:
    assert not [p for p in found(text, "PERSON") if thing in p]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Potatisplockare i helgen: Cherie, Amandine, Jonas och Mira.", "Cherie"),
        ("Hon frågade efter Cherie, mamma och mormor på avdelningen.", "Cherie"),
        ("Deltagare (Saga, Olivia, Astrid, 12 år) fick var sin påse.", "Olivia"),
        ("Skift i kiosken: Bella, Nogger-gänget, Piggelin och två vakter.", "Bella"),
        ("Rekvirerat av: Sarah, Budapest-enheten, Schwarzwald-gruppen och Leo.", "Sarah"),
        ("Grannens, Vuorinens, hund skällde hela natten.", "Vuorinens"),
        ("Pojken, Abdirizak, 15 år, fördes till akuten.", "Abdirizak"),
        ("Glassar i frysen: Piggelin, Daimstrut, Bella, Nogger och Magnum.", "Bella"),
        (f"Möjlig donator: Lungu, Ionuț, {pnr('690120', century='19')}, hjärnskada.", "Lungu"),
        ("Elias: Sadeghi, flyg DY 4321, landar 6", "Sadeghi"),
        ("Ring Murphy, mamma eller skolan om det händer igen.", "Murphy"),
    ],
)
def test_people_listed_beside_people_stay(text: str, person: str) -> None:
    assert any(person in p for p in found(text, "PERSON"))
