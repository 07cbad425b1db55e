"""ID_NUMBER after the dotted abbreviations of an identity number (`Id.nr`, `Id.nummer`) and
an identity card's name of the number it prints (`Legitimationsnr`), which read as labels of
another number before (struct14); an organisation's number after them stays unflagged."""

from __future__ import annotations

import pytest

from .kit import found, pnr

NUMBER = pnr("850412")  # its check digit computed


@pytest.mark.parametrize(("text", "number"), [
    (f"Id.nr {NUMBER}", NUMBER),
    (f"Id.nr: {NUMBER.replace('-', '')}", NUMBER.replace("-", "")),
    (f"Id.nummer {NUMBER}, legitimerad med pass.", NUMBER),
    (f"Legitimationsnr {NUMBER}", NUMBER),
])
def test_an_identity_numbers_abbreviation_cues_it(text: str, number: str) -> None:
    assert found(text, "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Id.nr 556036-0793",  # an organisationsnummer: month digits 20 or more
    "Dnr 2026-4412, id.nummer saknas.",
])
def test_no_date_after_the_abbreviation_stays_unflagged(text: str) -> None:
    assert found(text, "ID_NUMBER") == []
