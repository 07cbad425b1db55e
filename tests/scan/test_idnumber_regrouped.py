"""A personnummer a system printed as an ISO date and its last four, or whose last four a
typist split in pairs with no dash; beside them a log's date and time and a code of the same
shape. Every number is synthetic, its check digit computed (or deliberately wrong).
"""

from __future__ import annotations

import pytest

from .kit import found, pnr

TWELVE = pnr("780412", "123", century="19")  # 19780412-1234 shaped
ISO = f"{TWELVE[:4]}-{TWELVE[4:6]}-{TWELVE[6:8]} {TWELVE[-4:]}"
TEN = pnr("780412", "123", sep="")
PAIRS = f"{TEN[:6]} {TEN[6:8]} {TEN[8:]}"
BAD_PAIRS = pnr("780412", "123", sep=" ", valid=False)
BAD_PAIRS = f"{BAD_PAIRS[:9]} {BAD_PAIRS[9:]}"


@pytest.mark.parametrize("text", [
    f"Personnummer {ISO}", f"pnr: {ISO}", f"Hon är född {ISO}.", f"f. {ISO}, bor i Alby"])
def test_a_cued_personnummer_printed_as_an_iso_date_and_four_is_found(text: str) -> None:
    assert found(text, "ID_NUMBER") == [ISO]


@pytest.mark.parametrize("text", [
    f"Klienten {PAIRS} uteblev igen.", f"({PAIRS})", f"Sökande: {PAIRS} (ny)"])
def test_its_tail_in_pairs_is_found_uncued_when_the_check_digit_binds(text: str) -> None:
    assert found(text, "ID_NUMBER") == [PAIRS]


@pytest.mark.parametrize("text", [
    f"Inloggad {ISO} från kontoret", f"Loggfil: {ISO}", f"Kvitto {PAIRS}",
    f"Koden {BAD_PAIRS} syns på lådan"])
def test_a_log_line_a_receipt_and_a_code_of_those_shapes_stay_unflagged(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


def test_a_filename_keeps_its_personnummer_between_underscores() -> None:
    number = pnr("780412", "723", sep="_")  # its last four no time of day (72…)
    assert found(f"Bifogat intyg_{number}.pdf", "ID_NUMBER") == [number]


@pytest.mark.parametrize("number", [
    f"{TEN[:6]}-{TEN[6:9]} {TEN[9]}", f"{TEN[:6]}-{TEN[6]} {TEN[7:]}",
    f"19{TEN[:6]}-{TEN[6:9]} {TEN[9]}"])
def test_a_tail_split_three_and_one_or_one_and_three_is_found(number: str) -> None:
    assert found(f"Klienten {number} uteblev.", "ID_NUMBER") == [number]


def test_a_twelve_digit_one_with_its_tail_in_pairs_is_found_after_a_cue_only() -> None:
    number = f"19{TEN[:6]} {TEN[6:8]} {TEN[8:]}"
    assert found(f"Personnummer {number}", "ID_NUMBER") == [number]
    assert found(f"Mätning {number}", "ID_NUMBER") == []
