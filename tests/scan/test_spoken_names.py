"""Full names typed in lower case where a part is also a town, a word or a drug's street
name: masked as one name; towns and drugs typed the same way stay."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("given name that is a word, surname that is a town",
     "ja alltså det var olle hedemora nej olle sandberg som ringde", ["olle sandberg"]),
    ("street name as given name", "hon heter typ tina lindström tror jag", ["tina lindström"]),
    ("plain pair in a transcript", "eh det var göran karlsson som sålde", ["göran karlsson"]),
]

KEPT = [
    ("two towns in lower case", "vi åkte från sala till kramfors i går", ["sala", "kramfors"]),
    ("a drug before a town", "molly hofors fanns inte", ["molly"]),
    ("a drug taken, then a verb", "de tog molly och åkte hem", ["molly"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_lower_case_full_name_is_found(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_towns_and_drugs_stay(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for word in kept:
        assert word in masked, voice
