"""Telephone numbers from abroad written as at home, with no cue before them: mobile numbers of
a shape no Swedish number has, dots or slashes between the groups, a cue only after the number;
beside them numbers of the same shapes that are amounts, parcel or case numbers.
"""

from __future__ import annotations

import pytest

from .kit import found

FLAGGED = [
    ("British mobile after a name", "Mellanhanden Tom Reid, 07700 900321, sålde vidare.",
     "07700 900321"),
    ("British mobile in three groups", "Kontakt i Dover: 07700 900 654.", "07700 900 654"),
    ("British mobile with dots", "Skepparen gav oss 07700.900.987 innan avfärd.",
     "07700.900.987"),
    ("British mobile with dashes", "Agenten, 07700-900-210, svarar sällan.", "07700-900-210"),
    ("German mobile after a name", "Kuriren Jens Vogt, 0160 98765432, åkte hem.",
     "0160 98765432"),
    ("German mobile with a slash", "Kuriren Jens Vogt, 0172/7654321, åkte hem.", "0172/7654321"),
    ("Norwegian, its cue after it", "Han lämnade 482 61 735 (norskt mobilnummer).", "482 61 735"),
    ("Danish, its cue after it", "Hon gav 31 47 26 58 (danskt nummer) till vakten.",
     "31 47 26 58"),
    ("Norwegian after a name and a comma", "Mottagare: Kari Lunde, 482 61 735.", "482 61 735"),
    ("Polish after a name and a comma", "Grossisten Marek Zieliński, 512-348-967, åkte fast.",
     "512-348-967"),
    ("Danish after 'kontakt'", "Kontakt i Köpenhamn 31 47 26 58 enligt tipset.", "31 47 26 58"),
    ("Polish, its cue after it", "Brodern har 512 348 967 (polsk mobil) sa grannen.",
     "512 348 967"),
    ("British mobile before a numbered list's next item",
     "Deltagare:\n1. Tom Reid (kapten) – 07700 900321\n2. Sam Hale", "07700 900321"),
    ("Norwegian with its cue, the tenth item below",
     "9. Kari Lunde, mobil 482 61 735\n10. Ola Dahl", "482 61 735"),
]


@pytest.mark.parametrize(("what", "text", "number"), FLAGGED)
def test_a_foreign_number_with_no_cue_before_it_is_found(what: str, text: str,
                                                         number: str) -> None:
    assert found(text, "PHONE") == [number], what


NOT_FLAGGED = [
    ("an order number", "Ordernr 07700 900321 skickades i går."),
    ("a parcel number", "Kolli 07700 900321 stod på paketet."),
    ("a case number", "Ärende 07700 900321 är avslutat."),
    ("eleven digits run together", "Streckkoden 07700900321 på förpackningen."),
    ("an amount, a cue word after it", "Beslaget var värt 20 12 34 56 kr, ring polisen."),
    ("eight digits, an order number after", "Koden 20 12 34 56 (ordernummer) syns på lådan."),
    ("eight digits, a personnummer word after", "Koden 20 12 34 56 (personnumrets slut) saknas."),
    ("an amount after a name and a comma", "Hos Kari Lunde, 512 348 967 kr i kontanter."),
    ("a dotted date", "Leveransen 12.05.2024 kom sent."),
    ("a version", "Appen har version 1.07.700.900 nu."),
    ("an order number before a numbered list's next item",
     "1. Ordernr 412 34 567\n2. Leverans i morgon"),
    ("a parcel number before the tenth item", "9. Kolli 07700 900321\n10. Pall två"),
]


@pytest.mark.parametrize(("what", "text"), NOT_FLAGGED)
def test_numbers_of_the_same_shapes_that_are_no_phone_stay_unflagged(what: str,
                                                                      text: str) -> None:
    assert found(text, "PHONE") == [], what


@pytest.mark.parametrize("number", [
    "+47 482 61 735", "+49 (0)160 9876 5432", "+46 (0)70 246 81 35"])
def test_a_number_found_whole_is_one_finding_even_with_a_cue_after_it(number: str) -> None:
    assert found(f"Kuriren har {number} som nummer.", "PHONE") == [number]


@pytest.mark.parametrize("number", ["070-246 81 35", "08-135 79 24", "07700 900321"])
def test_the_bracket_closing_a_remark_is_not_part_of_the_number(number: str) -> None:
    assert found(f"Ring kuriren (t.ex. {number}) efter nio.", "PHONE") == [number]


@pytest.mark.parametrize("number", ["07700 900321", "0160 98765432"])
def test_a_foreign_mobile_in_brackets_is_found_without_them(number: str) -> None:
    assert found(f"Kuriren ({number}) svarar inte.", "PHONE") == [number]


@pytest.mark.parametrize(("text", "phones"), [
    ("Tullen skrev, ärende TV2026-118204. Hennes mobil: 07700 900418.", ["07700 900418"]),
    ("Case 2207 closed. Call me on 07700 900256 tonight.", ["07700 900256"]),
    # the label in the number's own sentence still makes it a case's
    ("Case 07700 900256 was closed.", []),
    ("Ref. 07700 900256", []),
])
def test_a_case_number_in_the_sentence_before_labels_no_phone(text: str,
                                                              phones: list[str]) -> None:
    assert found(text, "PHONE") == phones
