"""Things named like people stay unmasked (pets, ships, quoted products and titles,
organisations and their acronyms), beside the people next to them; authors a report cites
are names."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

from .kit import found

THINGS = [
    ("a dog and its breed", "Senast Sixten (tax, 6 år) åt en tablett på promenaden."),
    ("dogs listed after the word", "We had 3 dogs (Rocky, Nala, Charlie) with cannabis toxicity."),
    ("a ship", "INCIDENTRAPPORT M/S Gabriella – tur Helsingfors–Stockholm"),
    ("a boat named in quotes", 'Följebåten "Charlie Brown" (motorbåt) la till vid bryggan.'),
    ("a ferry named in quotes", 'We boarded the ferry "Linda Marie" at noon.'),
    ("a label on a bag", 'Housekeeping found a bag labelled "Blue Magic" in the bin.'),
    ("a product's form after its name", 'He said "Bupe" strips came in last month.'),
    ("a slang name explained", 'Besökare berättar om "Gabbe" (gabapentin) som säljs.'),
    ("a drug's nickname", 'De hade druckit "GHB" som kallas "Lilla G".'),
    ("a seminar's title", 'Salen är bokad för seminariet "Nattljus".'),
    ("an organisation's place", "Journal, smådjursmottagningen Djursjukhuset Strömsholm"),
    ("a parish", "Jag arbetar som diakon i Sofia församling i Stockholm."),
    ("a federation", "Sirius Ungdom · Svenska Fotbollförbundet"),
    ("an acronym with a capital inside", "Ska vi rapportera till Polisen eller KemI?"),
    ("an acronym spelled out", "Stamps in TEDI data (Trans European Drug Information)."),
    ("a newspaper", "Editor at The Local wrote to us."),
    ("a hotel in a report's heading", "Nattrapport Hotell Gillet, natten till lördag"),
    ("a hotel of a chain", "Incidentlogg – Scandic Grand Central"),
    ("chains and brands named after people",
     "Han jobbar på Max Hamburgare och Joe & The Juice, tröjan var från Björn Borg."),
    ("a hall and a prize named after people",
     "Magnus Huss-priset delas ut; Anders Celsius-salen är bokad."),
]


@pytest.mark.parametrize(("what", "text"), THINGS)
def test_things_named_like_people_stay_unmasked(what: str, text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == [], what


PEOPLE_BESIDE_THINGS = [
    ("an owner in brackets after the dog", "Hunden (ägare Majken Åkesson) åt en tablett.",
     "Majken Åkesson"),
    ("a person the dog bit", "Hunden bet Erik Lindberg i handen.", "Erik Lindberg"),
    ("a person at a clinic", "Ring Karin Holm Vårdcentralen Näsby.", "Karin Holm"),
    ("a full name after a unit word", "På boendet Erik Berg berättade om pillren.", "Erik Berg"),
    ("a person after a drug and 'av'", "Uppger att han köpt MDMA av Wilma som bor där.",
     "Wilma"),
    ("a quoted title, then a name on the next line", 'exercise "Joint Viking"\nOla Berg kom in.',
     "Ola Berg"),
    ("a quoted nickname with the boat further back",
     'På båten fanns en kille som kallas "Kalle Berg".', "Kalle Berg"),
    ("given names joined without their hyphen", "Vi pratade med AnnaKarin igår.", "AnnaKarin"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE_BESIDE_THINGS)
def test_people_beside_those_things_are_still_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what


CITATIONS = [
    ("Vancouver, two authors", '1. Ujváry I, Christie R, et al. "DARK Classics"',
     ["Ujváry I", "Christie R"]),
    ("one author and m.fl.", "Se Castiglioni S m.fl. om SCORE-nätverket.", ["Castiglioni S"]),
    ("Harvard", "Som Andersson & Berg (2019) visade.", ["Andersson", "Berg"]),
]


@pytest.mark.parametrize(("what", "text", "authors"), CITATIONS)
def test_cited_authors_are_names(what: str, text: str, authors: list[str]) -> None:
    masked = mask(text, scan(text))
    assert not any(a in masked for a in authors), what


def test_agencies_and_places_before_a_year_are_no_authors() -> None:
    assert found("Enligt Folkhälsomyndigheten (2023) och Malmö (2024) ökar bruket.",
                 "PERSON") == []


@pytest.mark.parametrize("name", ["J o u n i  S a l o", "H E N N I N G  L U N D Q V I S T"])
def test_names_spaced_letter_by_letter_are_names(name: str) -> None:
    assert found(f"T h e  m a n  I  visit, {name}, asked me.", "PERSON") == [name]


def test_headings_spaced_letter_by_letter_are_no_names() -> None:
    assert found("R A P P O R T  F R Å N  M A L M Ö", "PERSON") == []


@pytest.mark.parametrize("text", [
    "Internt PM, Apoteket AB region Väst: kunder försöker hämta ut Oxynorm på falska recept.",
    "Next audit of the Naloxone stock by Lloyd's Register in March.",
    "Hei alle sammen! Natteravnene melder om Rivotril ved Storgata. Neste møte på Kulturhuset.",
])
def test_a_memo_a_firm_form_a_register_or_a_greeting_is_no_author(text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []


@pytest.mark.parametrize("text", [
    "Aktivitetsschema: fredag FIFA-kväll, sedan turnering i FIFA på lördag.",
    "Kontakta NOVA eller NATO om saken, sa han.",
])
def test_short_capitals_alone_are_abbreviations(text: str) -> None:
    assert found(text, "PERSON") == []


def test_short_capitals_after_a_cue_are_a_name() -> None:
    assert found("Klienten ANNA ringde om tabletterna.", "PERSON") == ["ANNA"]
