"""A shop's or an agent's Swish number is the business's; digits read out of an IMEI's or a
payment reference's row are no phone. Each beside a number that stays someone's."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Han betalade med Swish till butikens nummer 123 602 71 18.",
    "Kioskens Swish 123 602 71 18 står på disken.",
    "Ombudets Swish för klubblotter: 123 602 71 18.",
    "Om numret börjar på 123 är det ett företag, t.ex. 123 602 71 18.",
])
def test_a_shops_swish_number_is_the_shops(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", [
    "Han swishade 123 602 71 18 för varorna.",
    "Hans Swish 123 602 71 18 (firman, ägare Jon Ek).",
    "Han har ett företag men swishade från sitt eget 123 602 71 18.",
])
def test_a_swish_number_with_no_business_word_stays_flagged(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == ["123 602 71 18"]


@pytest.mark.parametrize("text", [
    "Spärrade IMEI: 35 281 004 719 220 6 och 35 281 004 719 225 5.",
    "Betala med OCR 4471 0092 3317 2 senast fredag.",
])
def test_digits_inside_a_longer_row_are_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Kl 14 ringde 070-174 06 55 igen.", "070-174 06 55"),
    ("Ring 070-174 06 55 eller 070-174 06 56.", "070-174 06 56"),
    ("Numret är 0046 70-174 06 31.", "0046 70-174 06 31"),
])
def test_a_phone_after_a_number_in_a_sentence_is_found(text: str, phone: str) -> None:
    assert phone in found(text, "PHONE")
