"""Names of origins probed in the twenty-second round (Estonian, Belarusian, Sámi, Eritrean and
Ethiopian, South Sudanese, Chechen, Albanian, Lithuanian, Georgian, Ukrainian as Swedish
spells it, Swedish -ér), found in running text with no cue, and the surname shapes added with
them, beside the same frames and endings holding words that must stay unflagged."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from mailgate.scan.surnameshape import surname_shaped


def found(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Igår pratade jag med Kaupo om bygget.", "Kaupo"),
    ("Skjutsen ordnas av Yauhen och hans fru.", "Yauhen"),
    ("Har du sett Guovssu idag?", "Guovssu"),
    ("Skriv till Tinsae om schemat.", "Tinsae"),
    ("Skjuts med Khamzat till träningen.", "Khamzat"),
    ("Tack Nyandeng Malual för maten!", "Nyandeng Malual"),
    ("Domaren varnade Ujkan Haradinaj för filmning.", "Ujkan Haradinaj"),
    ("Fakturan skickades till Rasa Urboniene i förrgår.", "Rasa Urboniene"),
    ("Hälsa Zurab Jorbenadze att paketet kommit.", "Zurab Jorbenadze"),
    ("Boka Olena Martynjuk på onsdag.", "Olena Martynjuk"),
    ("Ring Bertil Blomér om nyckeln.", "Bertil Blomér"),
])
def test_a_name_of_those_origins_is_found(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Hon är svartsjuk på grannen i Danmark.",
    "Vi såg en trana vid sjön och gjorde ett bostadsbyte.",
    "Konceptet gäller hygiene och städning.",
    "Vi köpte en Haval och åkte till Sinjar.",
    "Föreningen firar Yalda med granatäpplen på lördag.",
    "Han gillar Django och Python.",
])
def test_the_same_frames_with_a_word_a_brand_or_a_place_stay_unflagged(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("word", [
    "jankauskaite", "petrauskiene", "urboniene", "jonaitis", "balciunas", "martyniuk",
    "kovaltjuk", "lukashevich", "navumenka", "tsikhanouski", "kapanadze", "trajkovska",
    "blomér",
])
def test_the_new_surname_shapes(word: str) -> None:
    assert surname_shaped(word)


@pytest.mark.parametrize("word", [
    "svartsjuk", "hygiene", "contiene", "conviene", "bostadsbyte", "danmark", "lappmark",
])
def test_words_with_neighbouring_endings_are_not_surname_shaped(word: str) -> None:
    assert not surname_shaped(word)
