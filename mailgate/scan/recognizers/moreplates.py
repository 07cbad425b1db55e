"""More plate shapes, each near a vehicle word: Latvia's `KR-4821`, Belgium's `1-KTR-482`,
the Netherlands' led by digits (`12-ABC-3`, `1-ABC-23`, `12-AB-CD`), Czechia's `5A2 4821` and
`1AB 2345` (as plate.py asks of the neighbours' shapes, a vehicle or country word); three
letters holding one no Swedish plate uses (I, Q, V), then a dash and two or three digits, or
a blank or nothing and three (Finland's `VKT-512`, Lithuania's `KVI 482`; not a ward's `AVA
12`), near a vehicle's or a driver's word; a Swedish plate whose last digits a witness did not
see or a writer hid (`HBW 1**`, `KRT 49*`); a class I moped's three letters and two digits
(`KLM 48`), near a moped's word; and a shape the neighbours' pattern takes that no plate is
written as (`FH16 750`, a truck's model and power)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.numbercues import (
    ID_NEGATIVE_CUES,
    NOT_PLATE_PREFIXES,
    PLATE_CUES,
    SWEDISH_PLATE_CUES,
    TRIMS,
)
from mailgate.scan.recognizers.base import Hit, has_cue, words_before
from mailgate.scan.recognizers.digitlead import led
from mailgate.scan.recognizers.platedriven import CLAUSE_END
from mailgate.scan.recognizers.platelists import WORDS_BEFORE_NUMBERS

# Led by a digit, so `re` skips to digits before any lookbehind (the match opens at a
# digit; its letters may stand before): Latvia's two letters and a dash before four digits,
# Belgium's digit, three letters and three digits apart by dashes, Czechia's digit, letter,
# digit and four digits; three letters one of which no Swedish plate uses, a dash and two or
# three digits; a Swedish plate's letters and first digits, the rest stars; a moped's
# letters and two digits (after the three-digit shapes, which take `KVI 482` whole).
MORE_SHAPES: Final = led(
    r"\d(?:(?P<lv>(?<=(?<![\w-])[A-Z]{2}-\d)\d{3})"
    r"|(?P<be>(?<=(?<![\w-])\d)(?:\d{0,2}-(?P<nl>[A-Z]{2,3})-(?:\d{1,3}|[A-Z]{2})"
    r"|[A-Z][A-Z\d] ?\d{4}))"
    r"|(?P<odd>(?<=(?<![\w-])[A-Z]{3}-\d)\d{1,2}"
    r"|(?:(?<=(?<![\w-])[A-Z]{3} \d)|(?<=(?<![\w-])[A-Z]{3}\d))\d{2})"
    r"|(?P<hidden>(?<=(?<![\w-])[A-HJ-PR-UW-Z]{3} \d)(?:\*\*|\d\*))"
    r"|(?P<moped>(?:(?<=(?<![\w-])[A-HJ-PR-UW-Z]{3} \d)|(?<=(?<![\w-])[A-HJ-PR-UW-Z]{3}\d))\d))"
    r"(?![\w*-]|[.,/:]\d)",
    checked=True)  # every branch looks back at its digit
_LETTERS_BEFORE: Final = {"lv": 3, "be": 0, "odd": 4, "hidden": 4, "moped": 4}  # `KR-`, `HBW `
# A date's month between dashes is no Dutch plate's letters (`12-MAR-26`).
_MONTHS: Final = frozenset({"JAN", "FEB", "MAR", "APR", "MAJ", "MAY", "JUN", "JUL", "AUG",
                            "SEP", "OKT", "OCT", "NOV", "DEC", "DES"})
_NOT_SWEDISH: Final = frozenset("IQV")  # not Å, Ä, Ö: `ÅVC-2` is a recycling centre's
_WORDS: Final = NOT_PLATE_PREFIXES | TRIMS | WORDS_BEFORE_NUMBERS  # abbreviations, trims, words

# Denmark's `AB 12 345` is written with both blanks or none; letters typed onto the first
# digits and a blank before the rest is a model and a figure (`Volvo FH16 750`).
_SPLIT_UNLIKE_A_PLATE: Final = re.compile(r"[A-Z]{2}\d{2} \d{3}")


# Iceland's plates, two letters and three digits (`KT 482`), have every code's shape (`SK 123`
# a flight, `KS 412` a diary's series): a plate after Iceland's own words for a car or its
# number, or after a vehicle word with the country or its towns named (`isländsk hyrbil`,
# `hyrbilen från Reykjavík`); a nationality or a town alone is a flight's (`isländsk flygning
# FI 204`), a vehicle word alone anyone's code (`bil till Arlanda, flyg SK 123`).
_ICELANDIC: Final = re.compile(r"[A-Z]{2} \d{3}")
_ICELANDS_WORDS: Final = frozenset({
    "bíll", "bíllinn", "bílinn", "bílnum", "bifreið", "bifreiðin", "númer", "númerið",
    "skráningarnúmer", "bílnúmer", "númeraplata"})
_ICELAND: Final = frozenset({
    "isländsk", "isländska", "isländskt", "islandsk", "islandske", "íslenskur", "íslenskum",
    "icelandic", "island", "iceland", "reykjavík", "reykjavik", "keflavík", "keflavik",
    "akureyri"})


def icelandic(shape: str) -> bool:
    return _ICELANDIC.fullmatch(shape) is not None


def icelandic_cued(before: list[str]) -> bool:
    """Iceland's words among the eight before, or a vehicle's word and the country's."""
    return has_cue(before, _ICELANDS_WORDS, last=8) or (
        has_cue(before, _ICELAND, last=8) and has_cue(before, SWEDISH_PLATE_CUES, last=8))


# Switzerland's plates: a canton's two letters and up to six digits (`ZH 481203`); six
# digits after any other two letters are a code's (plate.py's neighbours stop at five).
_SIX_DIGITS: Final = re.compile(r"([A-Z]{2}) ?\d{6}")
_CANTONS: Final = frozenset({
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE", "NW", "OW",
    "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH"})


def swiss_six(shape: str) -> bool | None:
    """None for a shape without six digits; else whether its letters are a canton's."""
    six = _SIX_DIGITS.fullmatch(shape)
    return None if six is None else six.group(1) in _CANTONS


def unlike_a_plate(shape: str) -> bool:
    return _SPLIT_UNLIKE_A_PLATE.fullmatch(shape) is not None


Asked = Callable[[str, int], bool]  # plate.py's question about a place in the text


def more_shapes(match: re.Match[str], text: str, code_before: Asked) -> Hit | None:
    """A plate when a vehicle or country word stands among the eight words before it (for
    the letters no Swedish plate uses and a hidden plate, a vehicle's or driver's word
    before or right after it), and no case's or code's label right before it (`code_before`:
    `Bokningskod KR-4821`)."""
    kind = "odd" if match.group("odd") else "be" if match.group("be") else match.lastgroup or ""
    start = match.start() - _LETTERS_BEFORE.get(kind, 0) + (
        kind in ("odd", "moped") and text[match.start() - 1] not in "- ")  # `KVI482`: glued
    if match.group("nl") in _MONTHS:
        return None
    letters = text[start : start + 3]
    if kind == "odd" and (_NOT_SWEDISH.isdisjoint(letters) or letters in _WORDS or (
            letters.casefold() in lexicon.drugs())):
        return None  # plate.py's, or `IVA 120`, `VIA 120`, `TDI 150`, `PVP 20`
    before = words_before(text, start, 60)
    if code_before(text, start) or has_cue(before, ID_NEGATIVE_CUES, last=2):
        return None
    if kind == "moped":
        return Hit(start, match.end(), 0.8) if _a_moped_near(text, start, match.end()) and (
            text[start : start + 3] not in _WORDS) else None
    if kind in ("hidden", "odd"):
        cued = has_cue(before, SWEDISH_PLATE_CUES, last=8 if kind == "odd" else 5) or (
            _a_vehicle_after(text, match.end()))
    else:  # a rarer shape: its vehicle or country word before it, not a model after
        cued = has_cue(before, PLATE_CUES, last=8)  # (`Objekt KN-4412 (Volkswagen …)`)
    return Hit(start, match.end(), 0.8) if cued else None


def _a_vehicle_after(text: str, end: int) -> bool:
    """A vehicle's or driver's word among the three words after, in the clause: `VKT-512 –
    förare Jari`."""
    clause = CLAUSE_END.split(text[end : end + 30], maxsplit=1)[0]
    return has_cue(words_before(clause, len(clause), len(clause))[:3], SWEDISH_PLATE_CUES,
                   last=3)


# A moped's own words: `moped`, `mopeden`, `EU-moped`, `klass I-mopeden`, `moppe`, `moppen`;
# not `moppa` (to mop). Only these: two digits after three letters are every code's shape
# (`SVA 12`, `ATV 22`).
_MOPPE: Final = frozenset({"moppe", "moppen", "moppar", "mopparna", "moppens"})


def _a_moped_word(word: str) -> bool:
    return "moped" in word or word in _MOPPE


def _a_moped_near(text: str, start: int, end: int) -> bool:
    """A moped's word among the five words before the plate, or the three after in its
    clause: `Moppe KLM 48`, `KLM 48 (EU-moped)`."""
    clause = CLAUSE_END.split(text[end : end + 30], maxsplit=1)[0]
    near = words_before(text, start, 50)[-5:] + words_before(clause, len(clause), 30)[:3]
    return any(_a_moped_word(w) for w in near)
