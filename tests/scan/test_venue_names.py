"""Venues, businesses and things named like people, told by their own words, and the people
written in the same places: a business's English words before its town (`Pump Yard
Kungsbacka`), a venue's word after the run (`vid Tage Ring scenen`), a chain's numbered name
before its branch (`Gym24 Ekdalen`), holds listed with a given name (`Omoplata, Ezekiel
choke`), the pronoun `Vi` opening a sentence, and whole listed names of drinks, bands and
firms (`Kir Royale`, `Aimo Park`)."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a gym by its words and town", "Larmet gick i natt på Power Yard Kungsbacka igen.",
     "Power Yard Kungsbacka"),
    ("a salon with a surname-like word", "Vi driver Barber Prince Mölndal sedan i våras.",
     "Barber Prince Mölndal"),
    ("a race: two English words joined", "Dopingprovet vid Ironman Motala var positivt.",
     "Ironman Motala"),
    ("a stage by the word after it", "Bråket började vid Tage Ring scenen vid midnatt.",
     "Tage Ring"),
    ("a clinic by the word after it", "Hon fick remiss till Lotus mottagningen i går.",
     "Lotus"),
    ("an English bar after `the`", "Two guests fainted near the Edgar Lund bar.",
     "Edgar Lund"),
    ("a chain's branch", "Kort avvikelse från Gym24 Ekdalen natten mot lördag.", "Ekdalen"),
    ("holds in a list", "Tekniker: Omoplata, Ezekiel choke och armbar.", "Ezekiel"),
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
    ("a register's name", "Deltagare: Holm, Ezekiel och Berg, Sara.", "Holm, Ezekiel"),
    ("Vi with a surname", "Vi Tran ringde från akuten i morse.", "Vi Tran"),
    ("a person named like the band's singer", "Lasse Stefansson ringde i kväll.",
     "Lasse Stefansson"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_in_the_same_places_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
