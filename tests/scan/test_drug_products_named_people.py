"""People named like drug products (a street name of given names, a pill's stamp) before a
surname, or taken up again by `hon`/`han`, or speaking from where they work, are found; the
same products in a warning's words stay unflagged, as do vape and seed products named."""

from __future__ import annotations

import pytest

from .kit import flagged, found

PEOPLE = [
    ("a street name of given names, a surname", "Mary Jane Persson har fyllt 80 i dag.",
     "Mary Jane Persson"),
    ("a role, a street name, a surname", "Dörrvakten Mary Jane Holm tog emot polisen.",
     "Mary Jane Holm"),
    ("a role, a pill's stamp, a surname", "Vakten Rolex Lindqvist hittade pillren vid scenen.",
     "Rolex Lindqvist"),
    ("taken up again by hon", "Molly börjar i trean efter sommarlovet, hon är nervös.",
     "Molly"),
    ("missed, then hon", "Vi saknar Tina, hon slutade på kliniken förra veckan.", "Tina"),
    ("from a unit, then a verb of people", "Tina från fältgruppen ringde i morse.", "Tina"),
    ("greeted through someone", "Hälsa Tina att mötet är flyttat.", "Tina"),
    ("called, opening the sentence", "Ring Tina om mötet i morgon.", "Tina"),
]


@pytest.mark.parametrize(("voice", "text", "name"), PEOPLE)
def test_a_person_named_like_a_product(voice: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), voice


PRODUCTS = [
    ("a stamp, then its colour", "Vi fick in Tesla Röd och Tesla Plein i dag."),
    ("stamps listed", "Labbet: Tesla, Rolex och Superman, alla över 200 mg."),
    ("a stamp, then its colour in English", "Tesla White och Rolex Gold testades i går."),
    ("a drug taken, then hon", "Tog Tina i helgen, hon var stark."),
    ("a drug warned of, then hon", "Köp inte Tina, hon är farlig."),
    ("a drug mixed, then han", "Jag blandade Molly och öl, han blev dålig."),
    ("a drug from a country", "Tina från Holland är starkare än den svenska."),
    ("a drug from a country, said of", "Charlie från Colombia sägs vara renast."),
    ("a vape's cartridge named", "Vape-patronen hette Big Chief och innehöll HHC."),
    ("seeds named", "Fröna hette Bruce Banner och växte snabbt."),
    ("a strain as a subject", "Jack Herer slog ut mig totalt i går."),
]


@pytest.mark.parametrize(("voice", "text"), PRODUCTS)
def test_the_products_stay_unflagged(voice: str, text: str) -> None:
    assert [f.text for f in flagged(text) if f.type == "PERSON"] == [], voice


def test_a_drug_after_an_imperative_of_use_stays() -> None:
    assert found("Snorta inte Tina, det går rakt på hjärtat.", "PERSON") == []
    assert found("Köp Tina av killen vid baren.", "PERSON") == []
