"""A name no list holds signs a text when it follows the last sentence's full stop on the
same line; a word, a place, a drug or a unit there signs nothing, nor does an unlisted word
alone on the last line (a heading or a footer as often)."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Han säljer piller i mina lokaler. Mitt nummer 070-174 06 51. Tarvesh", "Tarvesh"),
    ("Korna saknar honom inte alls 🐄. Wanpenh", "Wanpenh"),
    ("Tack för svaret, vi hörs i morgon! Orveli", "Orveli"),
])
def test_an_unlisted_name_after_the_last_full_stop_signs_the_text(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Ring mig om ni vet något. Tack",
    "Vi ses på mötet i morgon. Socialtjänsten",
    "Påsen låg vid stationen. Rivotril",
    "Thanks for the help. Cheers",
    "Se dokumenten nedan.\nBilaga",
    "Mer information finns på hemsidan. Instagram",
])
def test_a_word_after_the_last_full_stop_signs_nothing(text: str) -> None:
    assert found(text, "PERSON") == []
