"""A digit-led pattern's first character as a class `re` checks by table, not by `\\d`.

`re` skips to where a pattern may start by testing each character against its first item;
for `\\d` that is a Unicode lookup per character (63 M instructions over 60 chunks), for a
class a bitmap's bit. DIGIT_FIRST refuses every character of the Basic Multilingual Plane
that is no decimal digit and lets the rest through: every digit, and the few characters
beyond the plane (emoji, old scripts), which ASTRAL_CHECK, placed after a pattern's guards,
refuses unless they are digits. So `DIGIT_FIRST + guards + ASTRAL_CHECK` matches exactly
where `\\d + guards` does. The class is written negated so `re` compiles it to one bitmap
(a positive class would add a range check for the astral plane to every character).

Not for a pattern that ignores case: `re` gives a class with cased letters in it no fast
start then, where `\\d` keeps one. tests/scan/test_leading.py checks the table against `\\d`
at every code point, and every pattern led so against its source.
"""

from __future__ import annotations

import re
from typing import Final

# The decimal digits of the Basic Multilingual Plane (Unicode 14.0, Python 3.11), as
# (first, last) code points: what `\d` matches below U+10000.
BMP_DIGITS: Final = (
    (0x0030, 0x0039), (0x0660, 0x0669), (0x06F0, 0x06F9), (0x07C0, 0x07C9), (0x0966, 0x096F),
    (0x09E6, 0x09EF), (0x0A66, 0x0A6F), (0x0AE6, 0x0AEF), (0x0B66, 0x0B6F), (0x0BE6, 0x0BEF),
    (0x0C66, 0x0C6F), (0x0CE6, 0x0CEF), (0x0D66, 0x0D6F), (0x0DE6, 0x0DEF), (0x0E50, 0x0E59),
    (0x0ED0, 0x0ED9), (0x0F20, 0x0F29), (0x1040, 0x1049), (0x1090, 0x1099), (0x17E0, 0x17E9),
    (0x1810, 0x1819), (0x1946, 0x194F), (0x19D0, 0x19D9), (0x1A80, 0x1A89), (0x1A90, 0x1A99),
    (0x1B50, 0x1B59), (0x1BB0, 0x1BB9), (0x1C40, 0x1C49), (0x1C50, 0x1C59), (0xA620, 0xA629),
    (0xA8D0, 0xA8D9), (0xA900, 0xA909), (0xA9D0, 0xA9D9), (0xA9F0, 0xA9F9), (0xAA50, 0xAA59),
    (0xABF0, 0xABF9), (0xFF10, 0xFF19),
)
_LAST_BMP: Final = 0xFFFF


def digits_and(also: str = "") -> str:
    """A class of the digits, `also`'s characters and every character past the plane,
    written as the plane's other characters refused: [^\\u0000-\\u002f\\u003a-…]."""
    kept = sorted([*BMP_DIGITS, *((ord(c), ord(c)) for c in also)])
    ranges, low = [], 0
    for first, last in kept:
        if first > low:
            ranges.append((low, first - 1))
        low = max(low, last + 1)
    ranges.append((low, _LAST_BMP))
    return "[^" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


DIGIT_FIRST: Final = digits_and()
ASTRAL_CHECK: Final = r"(?<=\d)"  # a character past the plane let through: a digit only


def digit_led(source: str, checked: bool = False) -> str:
    """A source written `\\d` + guards (lookbehinds that look at the digit as `(?s:.)`, or
    none), perhaps inside a named group, with that `\\d` read by DIGIT_FIRST and checked
    after the guards; with `checked`, a source whose every branch looks back at the digit as
    `\\d` already."""
    at = _OPENER.match(source).end()  # type: ignore[union-attr]  # it matches empty
    assert source.startswith(r"\d", at)
    head, rest = source[:at] + DIGIT_FIRST, source[at + 2 :]
    if checked:
        return head + rest
    guards = _GUARDS.match(rest)
    end = guards.end() if guards else 0
    return head + rest[:end] + ASTRAL_CHECK + rest[end:]


def led(source: str, checked: bool = False) -> re.Pattern[str]:
    """`source` compiled led by DIGIT_FIRST (digit_led), kept in DIGIT_LED for the tests."""
    compiled = re.compile(digit_led(source, checked))
    DIGIT_LED.append((source, compiled))
    return compiled


_OPENER: Final = re.compile(r"(?:\(\?P<\w+>)?")  # a named group the digit opens
# Lookbehinds one after another, each without groups inside (what digit_led skips past).
_GUARDS: Final = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.|\(\?s:\.\))*\))+")
# (source, compiled) of every pattern led(): tests/scan/test_leading.py compares them.
DIGIT_LED: Final[list[tuple[str, re.Pattern[str]]]] = []
