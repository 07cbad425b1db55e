"""A model's, agent's or programme's word compounded before a name makes it the thing's
(`Protesmodell Össur Pro-Flex`, `Träningsprogram McKenzie`); a role model or photo model
before a person keeps the person."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a prosthesis model", "Utlånad protes, Knämodell Otto Flex, åter i januari.", "Otto Flex"),
    ("an exercise programme", "Råd: vila två dagar. Träningsprogram McKenzie i fyra veckor.",
     "McKenzie"),
    ("a cleaning agent", "Torka av bänkarna. Medel Virkon, inget annat.", "Virkon"),
    ("a programme behind a genitive", "Han gick Kriminalvårdens program Prima i våras.",
     "Prima"),
]


@pytest.mark.parametrize(("what", "text", "thing"), THINGS)
def test_a_model_or_programme_word_names_a_thing(what: str, text: str, thing: str) -> None:
    assert not any(thing in f.text for f in scan(text) if f.type == "PERSON"), what


PEOPLE = [
    ("a photo model", "Fotomodell Tilda Nordström poserade i regnet.", "Tilda Nordström"),
    ("a role model", "Rollmodell Erik Berg talade för klassen.", "Erik Berg"),
    ("a model credited after a colon", "Foto: Ida Sund. Modell: Tilda Nordström",
     "Tilda Nordström"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_after_a_model_word_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
