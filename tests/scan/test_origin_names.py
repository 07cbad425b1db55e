"""Given names of origins common in Sweden that the lists once lacked (Persian, Kurdish,
Arabic, Somali, Tigrinya, Balkan, Turkish, Finnish), found in running text with no cue, beside
the same frames holding a word that must stay unflagged."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def found(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Vid bedömningen var Milad vaken och orienterad.", "Milad"),
    ("Besökaren uppgav att Zinar hade lovat att komma.", "Zinar"),
    ("Besökte fången tillsammans med Semira.", "Semira"),
    ("är nawzad med på lördag eller?", "nawzad"),
    ("Tolk: Tesfalem Gebremariam (tigrinja).", "Tesfalem Gebremariam"),
    ("Anhörig: Kübra Yıldırım, dotter.", "Kübra Yıldırım"),
])
def test_a_given_name_of_those_origins_is_found(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Vid bedömningen var patienten vaken och orienterad.",
    "Besökaren uppgav att Kuba hade varit varmt.",
    "Besökte fången tillsammans med Kriminalvården.",
    "är matchen på lördag eller?",
    "Köket har golv av granit och bänkar av sten.",
    "Föreningen firar Yalda med granatäpplen på lördag.",
])
def test_the_same_frames_with_a_word_or_a_place_stay_unflagged(text: str) -> None:
    assert found(text) == []
