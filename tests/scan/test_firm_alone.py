"""A firm named by one word where the text says a firm stands (an employer's label, the
service one goes to, the workplace after a role) is no one; people in the same frames are
still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Arbetsgivare: Hedlund\nNärmaste chef: Rune Ask", "Hedlund"),
        ("Employer: Martinsson   Callback: 070-174 06 12", "Martinsson"),
        ("Leverantör: Bergendahl (frukt).", "Bergendahl"),
        ("Han lämnade urinprovet hos Kemira i tisdags.", "Kemira"),
        ("Samtalsstöd finns via Derome för alla anställda.", "Derome"),
        ("Kund: Strängbetong. Städning efter julfesten.", "Strängbetong"),
        ("I går hittade Jonas Ek (elektriker, Moelven) påsen.", "Moelven"),
        ("Hälsningar\nLina Ros, reporter, Nordh", "Nordh"),
    ],
)
def test_a_firm_alone_is_no_one(text: str, firm: str) -> None:
    assert not [p for p in found(text, "PERSON") if firm in p]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Arbetsgivare: Hedlund\nNärmaste chef: Rune Ask", "Rune Ask"),
        ("Han lämnade urinprovet hos Karin i tisdags.", "Karin"),
        ("Pengarna gick via Zoran till killen.", "Zoran"),
        ("Om du sover hos Storm i natt, säg till.", "Storm"),
        ("Vi bor hos Stig-Arne nu.", "Stig-Arne"),
        ("Förrådet hyrs av Grönberg sedan i våras.", "Grönberg"),
        ("Kund: Andersson, lägenhet 1102.", "Andersson"),
        ("I går hittade Jonas Ek (elektriker, Moelven) påsen.", "Jonas Ek"),
        ("Hälsningar\nLina Ros, reporter, Nordh", "Lina Ros"),
    ],
)
def test_people_in_the_same_frames_are_found(text: str, person: str) -> None:
    assert person in " ".join(found(text, "PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Fakturan gick till Dahlqvist AB i Kista.",
        "Mottagare: Sjöberg HB, Box 12, 901 02 Umeå",
        "Anbuden kom från Bergström Medical AB och Nyström AB.",
    ],
)
def test_a_surname_and_a_company_form_is_the_firm(text: str) -> None:
    assert not [p for p in found(text, "PERSON") if p.endswith(("AB", "HB"))]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Referenser\n1. Lindqvist AB, Berg CD. Nitazener. Läkartidningen. 2022;119:33.",
         "Lindqvist AB"),
        ("Enligt Berg CD, Lindqvist AB, et al. ökar dödsfallen.", "Lindqvist AB"),
    ],
)
def test_an_authors_initials_stay_his(text: str, author: str) -> None:
    assert author in found(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        ("Hon jobbar på Hedlund sedan 2019, säger Rune Ask.", "Hedlund", "Rune Ask"),
        ("She is employed by Martinsson, says Lina Berg.", "Martinsson", "Lina Berg"),
    ],
)
def test_the_employer_after_a_word_of_working(text: str, firm: str, person: str) -> None:
    people = found(text, "PERSON")
    assert firm not in people
    assert person in people


def test_whom_one_works_for_by_given_name_is_someone() -> None:
    assert "Karin" in found("Han jobbar för Karin på kaféet.", "PERSON")
