"""Names in Armenian and Georgian script, as relatives, coaches and interpreters write them:
Armenian names by their Latin readings (the script has capitals, as Cyrillic has), Georgian
names from a list in their own script (no capitals, and its everyday words read in Latin
letters are too often someone's name elsewhere). A stop after those scripts' letters ends
the word, so the name after it starts a sentence."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from mailgate.scan.transliterate import latin_spellings
from tests.scan.kit import found


@pytest.mark.parametrize(("word", "spelling"), [
    ("մարիամ", "mariam"), ("գևորգյան", "gevorgyan"), ("մարուքյան", "marukyan"),
    ("ნინო", "nino"), ("აბაშიძე", "abashidze"), ("ლაშა", "lasha"),
])
def test_armenian_and_georgian_words_are_read_in_latin_letters(word: str, spelling: str) -> None:
    assert spelling in latin_spellings(word)


@pytest.mark.parametrize(("text", "names"), [
    ("Բարեւ Կարեն, դեղերը մի խմիր. Մարիամ", ["Կարեն", "Մարիամ"]),
    ("Մեր հարևան Տիգրան Գևորգյանը տվեց հաբերը։", ["Տիգրան Գևորգյանը"]),
    ("გიორგი, დღეს ვარჯიში არ არის. ნინო", ["გიორგი", "ნინო"]),
    ("თამარ, წამლები არ დალიო! ლაშა", ["თამარ", "ლაშა"]),
])
def test_names_in_armenian_and_georgian_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_a_georgian_name_written_in_latin_letters_is_listed() -> None:
    assert found("Tränaren Levan Beridze ringde om tabletterna.", "PERSON") == ["Levan Beridze"]


@pytest.mark.parametrize("text", [
    # `is`, `and`, `three`, `where`: their Latin readings are names elsewhere (Aris, Sami)
    "ეს არის სამი აბი და სად არის ექიმი?",
    "დღეს ვარჯიში არ არის, ხვალ იქნება.",
    "Երեկ երեկոյան դեղատանը հաբեր չկային։",
])
def test_everyday_armenian_and_georgian_words_are_no_one(text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []
