"""A message whose writer names themself first (`Gudrún här.`, `Agnieszka here,`) names
them, though no cue word stands before the name; `här` after a place or a word does not."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Gudrún här. Min son kom hem helt borta i natt.", ["Gudrún"]),
    ("Hej alla!\nAgnieszka här, mamma till en i 8B.", ["Agnieszka"]),
    ("Sigvaldi here: found a bag of pills in the changing room.", ["Sigvaldi"]),
])
def test_a_writer_naming_themself_is_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Uppsala här, vi har fått in tre rapporter i veckan.",
    "Rosa här och där på påsen, annars vit.",
    "Lyrica här i stan kostar 50 kr styck.",
])
def test_a_place_or_word_before_har_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
