"""Kin abroad written down with the country before the number and no phone word: the number is
found when that country's plan makes it one; counts, amounts and labelled numbers after a
country's name stay unflagged. Beside them, a landline after a given name and an institution's
name that is a surname too, and a ticket's row of fours that holds no landline.
"""

from __future__ import annotations

import pytest

from .kit import found

FLAGGED = [
    ("Polish mobile after the country", "Pappa i Polen 698 765 432 ringer på söndagar.",
     "698 765 432"),
    ("Norwegian after a colon", "Norge: 936 54 321", "936 54 321"),
    ("Iraqi mobile after a city", "Farbror i Bagdad 0770 876 5432", "0770 876 5432"),
    ("Somali mobile after a comma", "Mamman bor kvar i Somalia, 061 7765432.", "061 7765432"),
    ("German mobile after a city", "Onkel i Berlin 0176 98765432", "0176 98765432"),
    ("Syrian mobile, a Swedish premium prefix", "Farmor i Syrien, 0944 123 456",
     "0944 123 456"),
    ("Turkish mobile, a Swedish area code's head", "Systern i Istanbul 0532 876 54 32",
     "0532 876 54 32"),
]


@pytest.mark.parametrize(("what", "text", "number"), FLAGGED)
def test_a_number_after_the_country_whose_plan_it_fits_is_found(what: str, text: str,
                                                                number: str) -> None:
    assert found(text, "PHONE") == [number], what


NOT_FLAGGED = [
    ("an amount", "Exporten till Polen var 601 234 567 kr förra året."),
    ("a count opened by a lone digit", "Norge 2026–2027: 4 12 34 568 besökare"),
    ("a parcel number", "Kollinr Polen 512 345 678"),
    ("a booking number", "Flyget till Irak, bokningsnummer 0770 123 4567"),
    ("a population", "Danmark har 5 900 000 invånare."),
]


@pytest.mark.parametrize(("what", "text"), NOT_FLAGGED)
def test_numbers_after_a_country_that_are_no_phone_stay_unflagged(what: str, text: str) -> None:
    assert found(text, "PHONE") == [], what


def test_a_trunk_zero_written_after_a_code_that_dials_none_is_read_past() -> None:
    assert found("Ring +47 (0) 412 34 568 i kväll", "PHONE") == ["+47 (0) 412 34 568"]


def test_a_one_word_institution_after_a_given_name_is_her_surname_and_the_line_hers() -> None:
    assert found("Ringt mormor Britt-Marie Hall (08-465 004 35) i dag.", "PHONE") == [
        "08-465 004 35"]
    assert found("Besök på Hall 08-465 004 35", "PHONE") == []


@pytest.mark.parametrize("text", ["Biljett 7401 0606 2211, plats 14", "Presentkort 6012 0708 4455"])
def test_the_last_groups_of_a_row_of_fours_are_no_landline(text: str) -> None:
    assert found(text, "PHONE") == []
