"""A person's name inside a file's name is masked, the rest of the file's name kept; words,
places and drugs in a file's name stay."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

NAMED = [
    ("a given name and a surname", "Bifogar maja_lindgren.docx i kväll.", "maja_lindgren",
     ".docx"),
    ("an initial after it", "Ljudfil: samtal_yusuf_a.mp3", "yusuf_a", "samtal_"),
    ("capitalised, a word after", "Se Henrik_Sjöberg_intyg.pdf", "Henrik_Sjöberg", "_intyg.pdf"),
    ("a given name alone between words", "skärmbild_natt_elvira_1.png", "elvira", "_1.png"),
]


@pytest.mark.parametrize(("voice", "text", "name", "kept"), NAMED)
def test_the_name_in_a_file_name_is_masked(voice: str, text: str, name: str, kept: str) -> None:
    masked = mask(text, scan(text))
    assert name not in masked, voice
    assert kept in masked, voice


@pytest.mark.parametrize("text", [
    "Bifogar rapport_v49.docx med fynden.",
    "Ljudfil: intervju_malmo_stad.m4a",
    "Se bilaga ketamin_varning.pdf",
    "Bilagor: lila_tabletter.jpg",
])
def test_a_file_name_of_words_stays(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PERSON"] == []
