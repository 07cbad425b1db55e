"""Hard negatives: places, agencies, substances and street names, stamps, weekdays, months."""

from __future__ import annotations

import pytest

from mailgate.scan import lexicon, scan

from .kit import flagged


def _names(list_name: str) -> list[str]:
    return sorted(lexicon.entries(list_name))


def test_no_municipality_is_flagged_in_any_position() -> None:
    hits = []
    for m in _names("municipalities"):
        name = m.title()
        text = f"{name} har sett mer amfetamin. Beslaget i {name} gjordes av polisen i {name}."
        hits += [(name, f.text) for f in flagged(text)]
    assert hits == []


@pytest.mark.parametrize("list_name", ["regions", "agencies", "calendar"])
def test_regions_agencies_and_calendar_words_are_never_flagged(list_name: str) -> None:
    hits = []
    for entry in _names(list_name):
        text = f"Enligt {entry} ökar GHB. {entry.capitalize()} rapporterar fler fall."
        hits += [(entry, f.text) for f in flagged(text)]
    assert hits == []


def test_substances_and_their_street_names_in_drug_talk() -> None:
    hits = []
    for entry in _names("substances"):
        text = f"Ungdomarna har köpt {entry} i Mora. {entry.capitalize()} säljs för 200 kr."
        hits += [(entry, f.text) for f in flagged(text)]
    assert hits == []


def test_pill_stamps() -> None:
    hits = []
    for entry in _names("pill_stamps"):
        stamp = " ".join(w.capitalize() for w in entry.split())
        text = f"Tabletterna var stämplade med {stamp}. Piller med {stamp}-logga innehöll MDMA."
        hits += [(entry, f.text) for f in flagged(text)]
    assert hits == []


@pytest.mark.parametrize(
    "place",
    ["Falu lasarett", "Sunderby sjukhus", "Länssjukhuset Ryhov", "Norra Älvsborgs länssjukhus",
     "Astrid Lindgrens barnsjukhus", "Drottning Silvias barnsjukhus", "Sachsska barnsjukhuset",
     "Capio S:t Görans sjukhus", "S:t Eriks ögonsjukhus", "Magnus Huss klinik", "Sophiahemmet",
     "Riddargatan 1", "Mini-Maria Skärholmen", "Beroendecentrum Malmö", "Lasarettet i Ystad"],
)
def test_hospitals_and_clinics_are_places(place: str) -> None:
    for text in (f"Patienten fördes till {place} med ambulans.", f"Vi på {place} ser fler fall."):
        assert flagged(text) == []


def test_an_aircrafts_registration_and_a_weather_codes_groups_are_no_one() -> None:
    text = ("Segelflygplanet SE-TRK stod på fältet. Väderstationen sände AAXX 04061 02196 "
            "41558 80000 kl 06. Piloten Jonas Ekholm ringde 070-174 06 22.")
    assert [(f.type, f.text) for f in scan(text)] == [
        ("PERSON", "Jonas Ekholm"), ("PHONE", "070-174 06 22")]


def test_a_function_word_after_a_writers_colon_is_no_name() -> None:
    text = "Ägaren skriver:\nEn av fiskarna har sålt tabletter vid hamnen."
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []


def test_fictional_characters_are_no_one() -> None:
    text = ("Husvagnarna heter Pelle Svanslös och Lilla My, och i lekrummet läste Lova Ek "
            "om Sherlock Holmes för barnen.")
    assert [f.text for f in scan(text) if f.type == "PERSON"] == ["Lova Ek"]
