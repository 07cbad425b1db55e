"""People named like a drug's street name in ledgers, contact lists and the frames of someone
who acted, was talked with or seen walking (streetpeople.py); price lists, tallies and what a
drug does stay drugs."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("an entry buying its namesake", "Block s. 4:\nMandy – 3 Mandy – 900\nJocke – 1 g – 300",
     "Mandy"),
    ("its namesake counted after", "Kitty – Kitty x4 – betalt", "Kitty"),
    ("a contact's mobile", "Spara numret: Lucy 0701740652 (kompis från jobbet)", "Lucy"),
    ("among people's entries", "Lånat ut: Hugo 400, Tina 250, Agnes 150", "Tina"),
    ("a mate of hers found too", "Lånat ut: Hugo 400, Tina 250, Agnes 150", "Agnes"),
    ("the one who acted", "Det var Gina som hittade honom i tvättstugan.", "Gina"),
    ("the one who did it, `den som`", "Lucy var den som skjutsade henne hem.", "Lucy"),
    ("the one who did it, in English", "It was Molly who drove him to the hospital.",
     "Molly"),
    ("a talk had with her", "Socialsekreteraren bokade ett möte med Kristina på torsdag.",
     "Kristina"),
    ("seen walking", "Vakten såg Charlie springa mot parkeringen.", "Charlie"),
]


@pytest.mark.parametrize(("voice", "text", "name"), PEOPLE)
def test_a_street_named_person_is_found(voice: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), voice


DRUGS = [
    ("a price list", "Priser:\nMandy 350\nKitty 300\nKeta 400"),
    ("a tally with units", "Hittat: Lucy 4 st, Gina 2 flaskor, hasch 5 g"),
    ("after an amount in an entry, the buyer's", "Hugo – 2 g Tina – 500"),
    ("what the drug did", "Det var Tina som gjorde honom sömnlös i en vecka."),
    ("lying about", "Polisen såg Molly ligga i påsar på bordet."),
    ("a talk about it", "Vi hade ett möte om Mandy och andra droger på skolan."),
    ("a question and its answer", "Gina – vad är Gina? 5 saker att veta"),
]


@pytest.mark.parametrize(("voice", "text"), DRUGS)
def test_the_drug_stays_a_drug(voice: str, text: str) -> None:
    people = found(text, "PERSON")
    assert not {"Tina", "Molly", "Gina", "Lucy", "Mandy", "Kitty"} & set(people), voice
