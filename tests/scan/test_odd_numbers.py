"""PHONE and ID_NUMBER written as mail rarely shows them: typed onto a name."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize(("text", "number"), [
    ("Ring Sara0701740648 efter fem.", "0701740648"),
    ("Nås via Jonas0731740611 i kväll.", "0731740611"),
])
def test_a_mobile_typed_onto_a_name_after_a_cue(text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


@pytest.mark.parametrize("text", [
    "Artikel SKU0701740612 i lager, ring oss.",  # the cue after, a code before
    "Sara0701740648 skickade paketet.",  # no cue
])
def test_digits_on_a_word_without_a_cue_before_are_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("number", [pnr("850301", "456", sep=""),
                                    pnr("850301", "456", sep="", century="19")])
def test_a_dashless_personnummer_typed_onto_a_name(number: str) -> None:
    assert found(f"Försäkrad: Lina Berg{number}, Ekvägen 4", "ID_NUMBER") == [number]


def test_dashless_digits_on_a_code_or_with_a_wrong_check_digit_are_no_personnummer() -> None:
    assert found(f"Artikel SKU{pnr('850301', '456', sep='')} i lager", "ID_NUMBER") == []
    bad = pnr("850301", "456", sep="", valid=False)
    assert found(f"Försäkrad: Lina Berg{bad}, Ekvägen 4", "ID_NUMBER") == []
