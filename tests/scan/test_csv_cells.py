"""A CSV export cut by commas: its header types the numbers under it, and a number in the
cell after another number's cell is read (csvcells.py), while prose's commas cut nothing."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize(("text", "phone"), [
    ("Förnamn,Efternamn,Telefon\nOla,Sten,46701740656", "46701740656"),
    ("Förnamn,Efternamn,Mobil\nOla,Sten,701740657\nRut,Mark,701740658", "701740657"),
])
def test_a_mobile_a_csv_export_stripped_under_its_phone_column(text: str, phone: str) -> None:
    assert phone in found(text, "PHONE")


@pytest.mark.parametrize("before", [
    pnr("700101", "123", sep=""), "2026-11-21", "A12"])
def test_a_phone_in_the_cell_after_a_numbers_cell(before: str) -> None:
    text = f"namn,nr,tel,ort\nOla Sten,{before},0701740605,Umeå"
    assert found(text, "PHONE") == ["0701740605"]


@pytest.mark.parametrize("text", [
    "Han tog 1,05 mg, sen 2,5 mg och 0,5 mg.",
    "Kurs 1,0701740605",  # one comma: no CSV row, a decimal's
])
def test_decimal_commas_outside_a_csv_row_start_no_number(text: str) -> None:
    assert found(text, "PHONE") == []
