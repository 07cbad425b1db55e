"""The quick validity of nationally written Swedish numbers is phonenumbers' own answer."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from mailgate.scan.recognizers import national


def parsed_valid(raw: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(raw, "SE")))
    except phonenumbers.NumberParseException:
        return False


def written(digits: str, rng: random.Random) -> str:
    """`digits` in one of the ways people write numbers: bare, 070-123 45 67, 08 - 12 34."""
    style = rng.choice(["bare", "dash", "spaces", "spaced dash"])
    if style == "bare":
        return digits
    head, rest = digits[:3], digits[3:]
    groups = " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
    return {"dash": f"{head}-{groups}", "spaces": f"{head} {groups}",
            "spaced dash": f"{head} - {groups}"}[style]


@pytest.mark.parametrize("length", range(7, 17))
def test_every_prefix_and_length_gets_phonenumbers_answer(length: int) -> None:
    rng = random.Random(length)
    for prefix in range(10, 100):
        for _ in range(3):
            digits = f"0{prefix}" + "".join(rng.choice("0123456789") for _ in range(length - 3))
            raw = written(digits, rng)
            assert national.valid(raw) == parsed_valid(raw), raw


@pytest.mark.parametrize("raw", ["+46 70 123 45 67", "0046701234567", "(08) 123 45",
                                 "08/123 45 67", "070.123 45 67", "070-123\n45 67", "070-"])
def test_other_writings_are_left_to_phonenumbers(raw: str) -> None:
    assert national.valid(raw) is None


def test_any_type_is_phonenumbers_type_not_unknown() -> None:
    """The reordered type check answers as phonenumbers' _number_type_helper does, for every
    two-digit start and every length a national number may have, in several countries."""
    from phonenumbers import PhoneMetadata, PhoneNumberType
    from phonenumbers.phonenumberutil import _number_type_helper

    rng = random.Random(7)
    for region in ("SE", "NO", "DK", "FI", "GB", "US"):
        metadata = PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        for head in range(10, 100):
            for length in range(2, 18):
                for _ in range(2):
                    digits = (str(head) + "".join(rng.choice("0123456789")
                                                  for _ in range(length)))[:length]
                    expected = _number_type_helper(digits, metadata) != PhoneNumberType.UNKNOWN
                    assert national.is_any_type(digits, metadata) == expected, (region, digits)


def test_the_national_prefix_goes_as_phonenumbers_strips_it() -> None:
    """The bare-0 shortcut drops the 0 exactly when phonenumbers' own step does, for every
    two-digit start after the 0 and every length a Swedish number may have."""
    from phonenumbers.phonenumberutil import _maybe_strip_national_prefix_carrier_code

    metadata = phonenumbers.PhoneMetadata.metadata_for_region("SE")
    assert metadata is not None
    rng = random.Random(11)
    for head in range(10, 100):
        for length in range(2, 18):
            digits = "0" + (str(head) + "".join(rng.choice("0123456789")
                                               for _ in range(length)))[:length]
            expected = _maybe_strip_national_prefix_carrier_code(digits, metadata)[1]
            assert national._without_prefix(digits, metadata) == expected, digits
