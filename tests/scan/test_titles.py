"""A title before a name is masked with it; a title before no name, or before a drug or a
place, is left alone and is never looked for elsewhere as a name."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("doctor with a full stop, English", "Reviewed by Dr. Tove Almgren, toxicology.",
     ["Dr. Tove Almgren"]),
    ("doctor without a full stop", "Skickat av Dr Henrik Wallin, infektion.",
     ["Dr Henrik Wallin"]),
    ("Mrs before a surname alone", "Drove Mrs. Sundqvist home from the ward.",
     ["Mrs. Sundqvist"]),
    ("DJ before a full name", "Efter setet sa DJ Tilda Nyberg åt publiken att dricka vatten.",
     ["DJ Tilda Nyberg"]),
]

KEPT = [
    ("title before a drug", "Fråga Dr. om Lyrica innan du tar det.", ["Dr. om Lyrica"]),
    ("title before a medicine brand", "Herr Sobril-kartan låg kvar på bordet.", ["Sobril"]),
    ("DJ before a festival", "DJ Roskilde-tältet stängdes tidigt.", ["DJ Roskilde"]),
    ("title word alone later", "Dr. Tove Almgren skrev. Fråga en dr om dosen.", ["en dr om"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), NAMED)
def test_title_is_masked_with_the_name(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


@pytest.mark.parametrize(("voice", "text", "kept"), KEPT)
def test_title_without_a_name_stays(voice: str, text: str, kept: list[str]) -> None:
    masked = mask(text, scan(text))
    for words in kept:
        assert words in masked, voice


@pytest.mark.parametrize("text", [
    "The neighbour Mrs. Michell also asked me about the pills.",
    "Vi pratade med Prof. Halldora om provet.",
])
def test_a_given_name_after_an_abbreviated_title_starts_no_sentence(text: str) -> None:
    assert [f.type for f in scan(text) if f.type == "PERSON"] == ["PERSON"]
