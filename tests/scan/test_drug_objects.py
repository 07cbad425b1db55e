"""A given name as the object drug talk gives a substance is a drug's street name
(drugobjects.py): a portion after a verb of taking, a deal, a spiked drink, what a seized
powder was, a substance called by it, a purity after a colon, what was for sale. Each drug
sentence stands beside a person sentence of the same name in the same words."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("some, after a verb of taking",
     "The rider snorted some Pablo before the race, the steward wrote.",
     "The rider asked Pablo before the race, the steward wrote.", "Pablo"),
    ("some, owned",
     "Had some Bella on Friday and slept all Saturday.",
     "Took some Bella's advice on Friday and slept all Saturday.", "Bella"),
    ("a deal, in English",
     "Someone was selling Stella on the bus home from the cup.",
     "Someone was selling Stella a ticket on the bus home from the cup.", "Stella"),
    ("a deal from a flat",
     "He was dealing Nina from his flat, the neighbour said.",
     "He was dealing with Nina from his flat, the neighbour said.", "Nina"),
    ("sold on an idea",
     "The manager was selling Nina on the bus at night.",
     "The manager was selling Nina on the idea of a night bus.", "Nina"),
    ("a drink spiked with it",
     "Someone spiked her drink with Stella at the party.",
     "Someone danced with Stella at the party.", "Stella"),
    ("put in a drink",
     "Någon hade lagt Nina i hennes drink på krogen.",
     "Någon hade sett Nina i baren på krogen.", "Nina"),
    ("put in a drink, a place after it",
     "Gästen fick Rose i drinken och somnade, sa bartendern.",
     "We met Rose in the coffee shop and talked, said the bartender.", "Rose"),
    ("what the seized powder was",
     "Det beslagtagna pulvret var Stella och inte kokain.",
     "Den som beslagtog pulvret var Stella och inte polisen.", "Stella"),
    ("what the powder turned out to be",
     "The seized powder turned out to be Bella, not cocaine.",
     "The one who seized the powder turned out to be Bella, not the guard.", "Bella"),
    ("a substance called by it",
     'Han kallade pulvret för "Pablo" efter en artist.',
     'Han kallade kollegan för "Pablo" efter en artist.', "Pablo"),
    ("sold under its name",
     'Pillren säljs under namnet "Stella" på Telegram.',
     'Säljaren går under namnet "Stella" på Telegram.', "Stella"),
    ("a purity after a colon",
     "Nina: 78 % renhet, levamisol 4 %.",
     "Nina: 78 % närvaro, två sjukdagar.", "Nina"),
    ("for sale",
     "Hon sa att Rose fanns att köpa i omklädningsrummet.",
     "Hon sa att Rose fanns att tillgå i omklädningsrummet.", "Rose"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_given_name_as_drug_talks_object_is_a_drug(frame: str, drug: str, person: str,
                                                     name: str) -> None:
    assert name not in " ".join(found(drug, "PERSON")), frame
    assert name in " ".join(found(person, "PERSON")), frame


@pytest.mark.parametrize("text", [
    "Mvh\nCharlie",
    "Hej Tina, kan du ta mitt pass på sprutbytet i morgon?",
    "Tack Molly för hjälpen med analyserna!",
    "Crew: Henry gave naloxone, I drove.",
])
def test_people_named_like_drugs_stay_people(text: str) -> None:
    names = " ".join(found(text, "PERSON"))
    for name in ("Charlie", "Tina", "Molly", "Henry", "Crystal"):
        if name in text:
            assert name in names, text


# (what the frame is, a drug sentence, a person sentence, the name)
NAMED_OR_COUNTED = [
    ("a thing's pronoun before the naming verb",
     "Ungdomarna kallar det för Bella, säger fältarbetaren.",
     "Ungdomarna kallar henne för Bella, säger fältarbetaren.", "Bella"),
    ("a thing's pronoun, not a noun's determiner",
     "Vi kallar det Diana på gatan.",
     "Vi kallar den killen Diana på gatan.", "Diana"),
    ("a thing's pronoun before `heter`, not a noun's determiner",
     "Det heter Rose på gatan.",
     "Den killen heter Rose på gatan.", "Rose"),
    ("a thing's name after `går under namnet`",
     "Det går under namnet Rose i Malmö.",
     "Det finns en kille som går under namnet Rose i Malmö.", "Rose"),
    ("in circulation",
     "Vi har sett stark Nina i omlopp i Malmö.",
     "Vi har sett glada Nina i korridoren i Malmö.", "Nina"),
    ("a use after the word",
     "Pt reports daily Stella use for two years.",
     "Pt lets Stella use the car for two years.", "Stella"),
    ("a use after the word, a modal before",
     "Client reports weekend Rose use since March.",
     "Client asks if Rose use the car since March.", "Rose"),
    ("a state with a span",
     "She had been on Bella all weekend before the shoot.",
     "The focus had been on Bella before the shoot.", "Bella"),
    ("a bad trip",
     "He had a bad trip on Pablo at the festival.",
     "He had a bad trip with Pablo at the festival.", "Pablo"),
    ("a lot of it",
     "Another batch of Rose has been found in Leeds.",
     "Another batch of Rose's cookies has been found in Leeds.", "Rose"),
    ("a wave of it",
     "Ny våg av Nina i Stockholm, varnar polisen.",
     "Nytt brev av Nina i Stockholm, säger polisen.", "Nina"),
    ("start low",
     "Börja lågt med Stella, effekterna är starka.",
     "Börja samtalet med Stella, hon är ny.", "Stella"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), NAMED_OR_COUNTED)
def test_a_given_name_named_counted_or_used_as_a_thing(frame: str, drug: str, person: str,
                                                       name: str) -> None:
    assert name not in " ".join(found(drug, "PERSON")), frame
    assert name in " ".join(found(person, "PERSON")), frame


@pytest.mark.parametrize(("drug", "person", "print_"), [
    ("Warning: orange Kim Kardashian tablets contain PMMA.",
     "Warning: Kim Lindqvist counted the tablets twice.", "Kim"),
    ("Gule Elon Musk piller med 220 mg er i omløb.",
     "Elon Mårtensson har piller med 220 mg i tasken.", "Elon"),
    ("Lyserøde Taylor Swift piller med 200 mg er i omløb.",
     "Mødet var præget af Taylor Hansen og hendes piller.", "Taylor"),
])
def test_a_print_between_a_colour_and_a_pill(drug: str, person: str,
                                                          print_: str) -> None:
    assert not any(print_ in f for f in found(drug, "PERSON")), drug
    assert any(print_ in f for f in found(person, "PERSON")), person
