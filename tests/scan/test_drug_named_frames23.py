"""Street names opening a diary's sentence after a verb of taking or trading, named by a
thing's pronoun, and people named like drugs by their belongings, their shifts' hours and
the people listed on both sides of them, and spoken to after a reply's first word."""

from __future__ import annotations

import pytest

from .kit import found

# Sentences with the drug word, the word a PERSON finding must not cover.
DRUGS = [
    ("a use verb opening the sentence", "Snortade Pablo via Telegram.", "Pablo"),
    ("a verb of buying opening it", "Köpte Rose i parken.", "Rose"),
    ("a verb of ordering opening it", "Beställde Pablo via Telegram, kom inom en timme.",
     "Pablo"),
    ("taken, a listed street name", "Tog Molly vid tolv och dansade till sex.", "Molly"),
    ("it is called", "It is called Rose on the street, but it's just cocaine.", "Rose"),
    ("it's called", "It's called Rose.", "Rose"),
    ("it's also called", "It’s also called Pablo in the chats.", "Pablo"),
    ("den kallas", "Den kallas Rose på gatan.", "Rose"),
    ("det går under namnet", "Det går under namnet Rose i Malmö.", "Rose"),
    ("a drug's effect, its genitive", "Mollys effekt kom efter en timme.", "Molly"),
    ("a price range and its unit", "Prislista: Tina 1-2 g, Keta 300.", "Tina"),
    ("a count's range and its unit", "Molly 2-3 st räcker för en kväll.", "Molly"),
    ("a list of drugs", "Seized: heroin, Tina, cannabis resin and two scales.", "Tina"),
    ("a list of drugs and a person", "Hos Anna Berg: Molly, Keta och Tina.", "Molly"),
    ("a topic after a reply's word", "Ok Tina, du vet, den är farlig.", "Tina"),
    ("glossed as a coded substance", "Rose är det nya namnet på 2C-B här.", "Rose"),
    ("how much there is of it", "Det är ont om Rose just nu, säger de i chatten.", "Rose"),
    ("plenty of it", "There's plenty of Henry around the station these days.", "Henry"),
    ("a substance's name", "Kokain heter ofta Pablo i låtarna, säger läraren.", "Pablo"),
]


@pytest.mark.parametrize(("frame", "text", "word"), DRUGS)
def test_the_street_name_stays_a_drug(frame: str, text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON")), frame


# Sentences with the person's name the scanner must find.
PEOPLE = [
    ("asked at a sentence's start, an object after", "Köpte Pablo bilen?", "Pablo"),
    ("the one ordered for, a full name", "Beställde Erik Lind via Telegram.", "Erik Lind"),
    ("she is called", "She is called Rose by her friends at the club.", "Rose"),
    ("hon kallas", "Hon kallas Tina av alla på avdelningen.", "Tina"),
    ("a girl that is called", "A girl that is called Rose came in.", "Rose"),
    ("den killen heter", "Den killen heter Pablo.", "Pablo"),
    ("her car", "Vi tog Mollys bil till mötet i Lund.", "Mollys"),
    ("her phone", "Tinas telefon låg kvar i personalrummet.", "Tinas"),
    ("his flat", "Vi sov i Charlies lägenhet efter festen.", "Charlies"),
    ("her idea", "Det var Ginas idé att starta gruppen.", "Ginas"),
    ("a rota's line", "Schema v. 14\nTina 08-16\nKarin 16-22", "Tina"),
    ("a rota's later line", "Bemanning lördag\nJonas 07–15\nMolly 15–23", "Molly"),
    ("hours with minutes", "Kväll\nMolly 16.00–24.00\nEmma 16.00–21.00", "Molly"),
    ("a list of people", "Present: Anna Berg, Molly and Kevin from the council.", "Molly"),
    ("a list of given names", "Anna, Tina och Lisa kom sent till mötet.", "Tina"),
    ("spoken to after `Ok`", "Ok Charlie, du får ta nyckeln.", "Charlie"),
    ("spoken to after `Nej`", "Nej Molly, du ska inte gå hem själv.", "Molly"),
    ("her age, beside no gloss", "Rose är 24 år och jobbar på 2C-B-labbet.", "Rose"),
    ("talked about", "Vi pratade om Pablo på mötet i går.", "Pablo"),
    ("after a crowd", "Det var gott om folk och Pablo kom sent.", "Pablo"),
    ("a lad's name", "Killen heter Pablo och säljer kokain.", "Pablo"),
]


@pytest.mark.parametrize(("frame", "text", "name"), PEOPLE)
def test_the_person_is_found(frame: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), frame
