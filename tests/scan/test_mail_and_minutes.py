"""Mail headers, confidentiality footers and minutes of housing cooperatives name no one."""

from __future__ import annotations

import pytest

from .kit import flagged, found

PLAIN = [
    "From: AML Desk\nSubject: RE: SAR 2026-0441 – Swish pattern\nHi all, see below.",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential.",
    "Protokoll styrelsemöte Brf Tallbacken 2026-10-05. Närvarande: ordförande, kassör.",
    "Checklista för Brf Solrosen: rör inte fyndet, ring Polisen.",
]


@pytest.mark.parametrize("text", PLAIN)
def test_headers_footers_and_minutes_are_not_flagged(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize("text, name", [
    ("Research subject Joel Hedenström agreed to the interview.", "Joel Hedenström"),
    ("Ordförande i Brf Solrosen är Anna Lindqvist.", "Anna Lindqvist"),
])
def test_people_in_the_same_places_are_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_street_address_with_a_range_of_numbers_is_still_found() -> None:
    assert found("Han bor på Storgatan 12-14, 451 31 Uddevalla.", "ADDRESS") == [
        "Storgatan 12-14, 451 31 Uddevalla"]


@pytest.mark.parametrize("text, names", [
    ("Närvarande: Anna Berg, Erik Lind\nAnmält förhinder: Giorgos\nJusteras: Anna Berg",
     ["Anna Berg", "Erik Lind", "Giorgos", "Anna Berg"]),
    ("Reported to facility head Prof. Katerina Pappa.", ["Prof. Katerina Pappa"]),
])
def test_minutes_labels_and_titles_before_names(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
