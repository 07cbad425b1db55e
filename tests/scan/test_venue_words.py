"""Trades, venues, clubs, laws, words and songs named like people are no people."""

from __future__ import annotations

import pytest

from mailgate.scan import names
from mailgate.scan.venues import CLUB_ABBREVIATIONS, TRADE_WORDS, VENUE_HEADS

from .kit import found

# Heads that are also names abroad, kept because a place follows them far more often here:
# lex Maria, Villa Strandvik, Camp Ripan.
NAMES_TOO = {"lex", "villa", "camp"}


def test_no_trade_or_venue_word_is_a_listed_name() -> None:
    for word in TRADE_WORDS | VENUE_HEADS | CLUB_ABBREVIATIONS:
        info = names.lookup(word, frozenset())
        assert word in NAMES_TOO or not (info.last or info.first), word


@pytest.mark.parametrize("text, place", [
    ("Efterfesten var på Villa Strandvik i Saltsjöbaden.", "Strandvik"),
    ("Två tält på Camp Ripan hade sprutor.", "Ripan"),
])
def test_a_villa_or_a_camp_is_a_place(text: str, place: str) -> None:
    assert not any(place in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("Vi har frisörsalong Studio Elegans i Uddevalla.", "Elegans"),
    ("Samarbete med Medic Event och Röda Korset på festivalen.", "Medic"),
    ("Best, Ylva Granlund, Student Housing Gränby", "Gränby"),
    ("Till jaktlagen i Storskogens JVK och Ljusnedals JVK: var försiktiga.", "JVK"),
    ("IVO anmälan övervägs enligt lex Maria.", "Maria"),
    ("I en Toyota låg en lapp med ordet 'Flaket' på.", "Flaket"),
    ("Vi sjunger Stilla natt för honom på söndag.", "Stilla"),
])
def test_a_venue_club_law_word_or_song_is_no_name(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Vi sjöng för Anna Lindqvist på hennes födelsedag.", "Anna Lindqvist"),
    ("Medic Event Anna Berg ringde om tältet.", "Anna Berg"),
    ("Stämningen bra.\nSupporterpolis Oscar Malmsten, SLO Petra Åhs", "Petra Åhs"),
    ("Tack för i kväll, alla. /Ulla-Britt", "Ulla-Britt"),
    ("Enligt Lindqvist AB, Berg CD och Holm EF (2021) ökar bruket.", "Lindqvist"),
])
def test_people_beside_such_words_are_still_found(text: str, name: str) -> None:
    assert any(name in found_name for found_name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("Polisen i Södertörn samverkar i Operation Kraft med Tullverket.", "Kraft"),
    ("Operation Rimfrost avslutades men Operation Frigg pågår.", "Frigg"),
    ("Deltagare från Kalmar Läns Landsting och Gotlands Museum.", "Kalmar"),
    ("Heads up from the Harm Reduction Hub in Camden: Blue Dolphin pills.", "Harm"),
])
def test_a_named_operation_or_a_county_body_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Insatsen av Lisa Holm var bra.", "Lisa Holm"),
    ("Operation av Erik Svensson planerades till maj.", "Erik Svensson"),
    ("Anna Berg from the Harm Reduction Hub called.", "Anna Berg"),
])
def test_a_person_after_such_a_word_and_a_particle_is_still_found(text: str,
                                                                   name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, thing", [
    ("Vi anlitade Anderssons Åkeri och Perssons Bygg för saneringen.", "Perssons"),
    ("Jag odlar vallmo, sorten Marianne, för fröförsäljning vid Hemse.", "Marianne"),
    ('Gruppen som bokade "Laboratoriet" i går kväll lämnade en vape.', "Laboratoriet"),
    ('He had taken GHB at a party on "Sea Breeze II" in the guest harbour.', "Breeze"),
])
def test_a_family_firm_a_variety_a_room_or_a_boat_is_no_name(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ('En kille som kallas "Hästen" sålde tabletterna.', "Hästen"),
    ('Han köper via en "Kemisten" på Wickr.', "Kemisten"),
    ("Erik Perssons bygge stoppades av polisen.", "Erik Perssons"),
])
def test_nicknames_and_owners_stay_people(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
