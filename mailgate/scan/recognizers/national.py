"""Is a Swedish number written nationally (070-123 45 67) valid? phonenumbers' answer, quicker.

`phonenumbers.parse` spends two thirds of its 20 µs on what such a number does not need:
extracting it from text, extensions, country codes, RFC 3966. For a 0 followed by digits,
spaces and dashes, parse reduces to its digits, strips the national prefix and checks the
length, and `is_valid_number` asks whether the rest is any type of Swedish number. We run
those steps with phonenumbers' own functions and metadata. tests/scan/test_phone_national.py
compares the answer with parse and is_valid_number over every prefix and length.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import (  # the steps of parse(), private in phonenumbers
    ValidationResult,
    _is_number_matching_desc,
    _maybe_strip_national_prefix_carrier_code,
    _test_number_length,
)

# A 0, then not another (00 starts an international number), digits, spaces and dashes.
NATIONAL: Final = re.compile(r"0[1-9](?:[0-9 -]*[0-9])?")
_KEEP_PREFIX: Final = (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
                       ValidationResult.INVALID_LENGTH)
_MIN_NSN, _MAX_NSN = 2, 17  # phonenumbers' bounds on a national significant number


def valid(raw: str) -> bool | None:
    """phonenumbers' validity of `raw` read as a Swedish number, or None when `raw` is not
    written nationally with spaces and dashes only (ask phonenumbers itself)."""
    if NATIONAL.fullmatch(raw) is None:
        return None
    metadata = _swedish()
    if metadata is None:
        return None
    number = raw.replace(" ", "").replace("-", "")
    stripped = _without_prefix(number, metadata)
    if _length_verdict(stripped, metadata) not in _KEEP_PREFIX:
        number = stripped
    if not _MIN_NSN <= len(number) <= _MAX_NSN:
        return False
    return is_any_type(number, metadata)


@functools.cache
def _swedish() -> PhoneMetadata | None:
    """Sweden's metadata, looked up once (phonenumbers loads it on first use)."""
    return PhoneMetadata.metadata_for_region("SE")


def _without_prefix(number: str, metadata: PhoneMetadata) -> str:
    """`_maybe_strip_national_prefix_carrier_code(number, metadata)[1]`. Sweden's prefix is a
    bare 0 (no carrier code, nothing put in its place), and NATIONAL starts every number
    with it: the 0 goes unless only the number with it fits the general pattern. Asked
    directly, not through phonenumbers' generic steps (a fifth of PHONE's check)."""
    general = _bare_zero_prefix() if metadata is _swedish() else None
    if general is None:
        return _maybe_strip_national_prefix_carrier_code(number, metadata)[1]
    rest = number[1:]
    return number if general.fullmatch(number) and not general.fullmatch(rest) else rest


def _length_verdict(number: str, metadata: PhoneMetadata) -> int:
    """`_test_number_length(number, metadata)`: for the default type its answer depends on
    the number's length alone, so Sweden's is kept per length (phonenumbers walks its
    descriptions anew for each of a dense MB's 19 000 numbers)."""
    if metadata is not _swedish() or len(number) > _MAX_NSN:
        return _test_number_length(number, metadata)
    verdict = _SWEDISH_LENGTHS.get(len(number))
    if verdict is None:
        verdict = _SWEDISH_LENGTHS[len(number)] = _test_number_length(number, metadata)
    return verdict


_SWEDISH_LENGTHS: Final[dict[int, int]] = {}  # at most _MAX_NSN + 1 lengths
_NEVER: Final = re.compile(r"(?!)")  # an empty general pattern: phonenumbers matches nothing


@functools.cache
def _bare_zero_prefix() -> re.Pattern[str] | None:
    """Sweden's general pattern while its national prefix is a bare 0, or None."""
    metadata = _swedish()
    if metadata is None or metadata.national_prefix_for_parsing != "0" or (
            metadata.national_prefix_transform_rule):
        return None
    pattern = metadata.general_desc.national_number_pattern if metadata.general_desc else None
    return re.compile(pattern) if pattern else _NEVER


# The number types of phonenumbers' _number_type_helper, most likely first: it asks about
# premium rate, toll free and six more before mobile, and only whether any matches counts.
_TYPES: Final = ("mobile", "fixed_line", "premium_rate", "toll_free", "shared_cost", "voip",
                 "personal_number", "pager", "uan", "voicemail")


def is_any_type(number: str, metadata: PhoneMetadata) -> bool:
    """`_number_type_helper(number, metadata) != UNKNOWN`, asking the likely types first: the
    general description, then any type's (mobile and fixed line cover most numbers)."""
    key = (metadata.id, metadata.country_code)  # non-geographic entities share id 001
    table = _BY_REGION.get(key)
    if table is None:
        table = _BY_REGION[key] = _any_type(metadata)
    patterns = table.get(len(number))
    if patterns is not None:
        general, any_type = patterns
        return general.fullmatch(number) is not None and any_type.fullmatch(number) is not None
    if not _is_number_matching_desc(number, metadata.general_desc):
        return False
    return any(_is_number_matching_desc(number, getattr(metadata, kind)) for kind in _TYPES)


_Patterns = tuple[re.Pattern[str], re.Pattern[str]]
_BY_REGION: Final[dict[tuple[str, int | None], dict[int, _Patterns]]] = {}  # metadata: unhashable


def _any_type(metadata: PhoneMetadata) -> dict[int, _Patterns]:
    """Per number length the general pattern, and one pattern that matches where the pattern
    of any type allowing that length does: two regex searches per number, not one call into
    phonenumbers per type. A type with no listed lengths allows any, and the general
    description may allow fewer: those lengths are left to the generic path."""
    by_length: dict[int, list[str]] = {}
    open_ended = False
    for kind in _TYPES:
        desc = getattr(metadata, kind)
        if desc is None or not desc.national_number_pattern:
            continue  # phonenumbers: never a match
        open_ended |= not desc.possible_length
        for length in desc.possible_length:
            by_length.setdefault(length, []).append(desc.national_number_pattern)
    general = metadata.general_desc
    if open_ended or general is None or not general.national_number_pattern:
        return {}
    pattern = re.compile(general.national_number_pattern)
    return {length: (pattern, re.compile("|".join(f"(?:{p})" for p in patterns)))
            for length, patterns in by_length.items()
            if not general.possible_length or length in general.possible_length}
