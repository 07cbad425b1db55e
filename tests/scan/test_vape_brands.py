"""Disposable vapes named by their brand in a school's, a youth club's or a guard's report are
no people; a person called by a word of a brand's name still is."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, brand", [
    ("Mentorn tog en Lost Mary från en elev under lunchen.", "Mary"),
    ("Hon köper Hayati Pro Max av en kille på Snapchat.", "Hayati"),
    ("Bilden visade en Elfa Pro och en sedelbunt.", "Elfa"),
])
def test_a_vape_brand_is_no_person(text: str, brand: str) -> None:
    assert not any(brand in name for name in found(text, "PERSON")), found(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Vakterna beslagtog tre vapes från Mary vid entrén.", "Mary"),
    ("Bilden lades upp av Elfa Nyberg i fredags.", "Elfa Nyberg"),
    ("Han fick vätskan av Crystal Berg i nian.", "Crystal Berg"),
])
def test_a_person_named_like_a_brand_stays(text: str, name: str) -> None:
    assert any(name in n for n in found(text, "PERSON")), found(text, "PERSON")
