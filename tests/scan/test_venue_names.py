"""Venues, businesses and things named like people, told by their own words, and the people
written in the same places: a business's English words before its town (`Power King
Kungsbacka`), a venue's word after the run (`vid Tage Ring scenen`), a chain's numbered name
before its branch (`Gym24 Strandberg`), holds listed with a given name (`Lindgren, Ezekiel
choke`), the pronoun `Vi` opening a sentence, and whole listed names of drinks, bands and
firms (`Kir Royale`, `Aimo Park`)."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a gym by its words and town", "Larmet gick i natt på Power King Kungsbacka igen.",
     "Power King Kungsbacka"),
    ("a salon with a surname-like word", "Vi driver Barber Prince Mölndal sedan i våras.",
     "Barber Prince Mölndal"),
    ("a race: two English words joined", "Dopingprovet vid Ironman Mora var positivt.",
     "Ironman Mora"),
    ("a stage by the word after it", "Bråket började vid Tage Ring scenen vid midnatt.",
     "Tage Ring"),
    ("a clinic by the word after it", "Hon fick remiss till Linnea mottagningen i går.",
     "Linnea"),
    ("an English bar after `the`", "Two guests fainted near the Edgar Lund bar.",
     "Edgar Lund"),
    ("a salon's compound opening the name", "Anteckning från Brudsalongen Vita Fjädrar i dag.",
     "Vita Fjädrar"),
    ("a clinic after a contact cue", "Kontakt med Vitala mottagningen på telefon.", "Vitala"),
    ("a clan's society", "Tälten (Clan Fergus, Clan Munro) är föreningar.", "Clan Munro"),
    ("an arena named after someone", "Festen hölls på Olle Arenan i fjol.", "Olle Arenan"),
    ("a chain's branch", "Kort avvikelse från Gym24 Strandberg natten mot lördag.",
     "Strandberg"),
    ("holds in a list", "Tekniker: Lindgren, Ezekiel choke och armbar.", "Ezekiel"),
    ("the pronoun Vi", "Påsen låg i disken. Vi ringde polisen direkt.", "Vi ringde"),
    ("a cocktail", "Någon hällde något i hennes Kir Royale vid bardisken.", "Kir Royale"),
    ("a parking firm", "Aimo Park skickar fakturan till föreningen.", "Aimo Park"),
    ("a dance band", "Kvällens band var Lasse Stefanz och sedan disco.", "Lasse Stefanz"),
]


@pytest.mark.parametrize(("what", "text", "thing"), THINGS)
def test_a_thing_named_like_someone_is_left(what: str, text: str, thing: str) -> None:
    assert thing in mask(text, scan(text)), what


PEOPLE = [
    ("a given name before a town-like surname", "Larmet gick i natt, Ronja Lund såg dörren.",
     "Ronja Lund"),
    ("a person before the scene", "Bråket började när Tage Ringqvist kom till scenen.",
     "Tage Ringqvist"),
    ("a person near a bar", "Two guests fainted and Edgar Lund called for help.",
     "Edgar Lund"),
    ("a full name after a salon's word", "Hårsalongen Anna Lindqvist ringde i morse.",
     "Anna Lindqvist"),
    ("a cued given name before a clinic's word, a comma left out",
     "Ring patienten Anna Berg mottagningen stänger kl 16.", "Anna Berg"),
    ("a person before a capitalised word", "Mötet med Hedda Hall är bokat.", "Hedda Hall"),
    ("a register's name", "Deltagare: Holm, Ezekiel och Berg, Sara.", "Holm, Ezekiel"),
    ("Vi with a surname", "Vi Tran ringde från akuten i morse.", "Vi Tran"),
    ("a person named like the band's singer", "Lasse Stefansson ringde i kväll.",
     "Lasse Stefansson"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_in_the_same_places_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
