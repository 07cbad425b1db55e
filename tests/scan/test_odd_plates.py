"""PLATE written as no keyboard's space parts it: a no-break space, a dot, a line break,
letter by letter, typed onto the make; an embassy's, a camper's and an inspected car's plate."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "plate"), [
    ("Fordon NWL\u00a0482 avställt sedan maj.", "NWL\u00a0482"),
    ("Bil KRT\u2009491 på gästplatsen.", "KRT\u2009491"),
    ("Hämtning: ZTR.482, Volvo XC40, vid port 3.", "ZTR.482"),
    ("Motpartens reg.nr: BHX\n552 (skrev av från skylten)", "BHX\n552"),
    ("Försäkringstagarens fordon: T R N 4 8 2\nMotpartens fordon: okänt", "T R N 4 8 2"),
    ("Reg.nr.: LKP 4 8 2", "LKP 4 8 2"),
    ("Jag körde min VolvoV70KRT491 när det small.", "KRT491"),
    ("Hämta SaabKombiMLR 552 hos grannen.", "MLR 552"),
    ("Diplomatbil BT 482 C inblandad i smitningsolyckan.", "BT 482 C"),
    ("Dutch camper VX-482-B parked on the beach road.", "VX-482-B"),
    ("Besiktningen underkände UMJ 8O2 (bromsar).", "UMJ 8O2"),
])
def test_plates_written_oddly(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Filen LOG.123 och ABC\n123 i tabellen.",  # no vehicle's word: a code, a column
    "Filen _abc 123_ bifogas, text abc\u00a0123 här.",  # lower case, no cue
    "Artikel SKU0701740612 och XKRT491 i lager.",  # typed onto no make
    "Bilen A B C 1 2 3 4 i listan.",  # a longer run spaced out
    "Bilen LKP 4 8 2 1 i listan.",
    "I flew Norwegian DY 4321 to Oslo.",  # an airline, no nationality's car
    "British Airways BA 0815 was late.",
])
def test_codes_parted_alike_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("hans gamla volvo med den trasiga backspegeln hade nummer fkt 482 tror jag", "fkt 482"),
    ("gwp 518 stod parkerad utanför fritidsgården hela natten", "gwp 518"),
])
def test_a_lower_case_plate_cued_further_off_in_its_sentence(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Bilen kostade oss tkr 150 i reparationer.",  # thousands of kronor
    "kurs abc 123 körs i vår",  # a course is run, no car driven
    # the car a sentence back
    "Han såg bilen vid affären i går. Sedan ringde han till kontoret och bad om nummer abc 123.",
])
def test_lower_case_codes_near_a_car_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plates"), [
    ("Bilar i kön: KRT 481 KRB 208", ["KRT 481", "KRB 208"]),
    ("Vakten skrev: LXM 694 Kristoffer Ek, TOH 61E Clara Vinter.", ["LXM 694", "TOH 61E"]),
])
def test_a_plate_before_a_word_opening_like_a_unit(text: str, plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", ["Bilen ABC 123 kr per dygn.", "Bilen ABC 123 kronor.",
                                  "Bilen ABC 123 mg/ml."])
def test_a_unit_after_a_plates_shape_still_makes_an_amount(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plates"), [
    ("Bilar på gästparkeringen:\n-KGE 387\n-DNF 55A", ["KGE 387", "DNF 55A"]),
    ("Regnr:-PLW482 (hyrbil)", ["PLW482"]),
    ("Bilen _KGE 387_ stod kvar", ["KGE 387"]),
    ("Bilen _mkt 418_ stod kvar", ["mkt 418"]),  # in lower case after a vehicle's word
])
def test_a_plate_with_a_lists_hyphen_or_chats_underscores_typed_onto_it(
        text: str, plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


def test_a_users_name_blocked_is_no_plate() -> None:
    assert found("Användaren ola123 blockerades i går.", "PLATE") == []
