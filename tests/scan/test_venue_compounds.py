"""A clinic's, home's or shop's compound name before a surname or a place is the venue's full
name (`Hudkliniken Lindholm`), while a given name after it keeps its person."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

VENUES = [
    ("a heading", "Hudkliniken Lindholm – remissvar\nPatienten har fått svar."),
    ("a sentence", "Provet skickades från Djurkliniken Strömsholm i måndags."),
    ("a care home", "Avvikelse: Demensboendet Ekholm har fått fel dospåsar."),
    ("a shop", "Kunden lämnade in mattan på Mattvätten Lindqvist förra veckan."),
    ("a signature line", "Med vänlig hälsning\nTandvårdsmottagningen Bergström, Sala"),
]


@pytest.mark.parametrize(("what", "text"), VENUES)
def test_a_venue_compound_names_no_one(what: str, text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == [], what


PEOPLE = [
    ("a contact with a given name", "Hudmottagningen Sara Lind skrev remissen.", "Sara Lind"),
    ("a person after the venue", "Tandvårdsmottagningen Ekholm har stängt, sa Ida Berg.",
     "Ida Berg"),
    ("a police officer", "Trafikpolisen Lindqvist skrev rapporten.", "Lindqvist"),
    ("a person before the venue", "Ring Karin Holm Vårdcentralen Näsby.", "Karin Holm"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_beside_a_venue_compound_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
