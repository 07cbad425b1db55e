"""A plate among a list of plates: a lower-case item counts as a plate beside one in capitals
(`KKL 394, fpr 548`), in a list read either way or in rows that open with a plate."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, NOT_PLATE_PREFIXES
from mailgate.scan.recognizers.base import has_cue, words_before

# I, Q, V, Å, Ä and Ö are never used; since 2019 the last character may be a letter (not O).
PLATE_LETTERS: Final = "A-HJ-PR-UW-Z"
_L: Final = PLATE_LETTERS  # in the patterns below

# Three-letter words that shouting text puts before a number: HAR 200, SOM 123.
WORDS_BEFORE_NUMBERS: Final = frozenset({
    "HAR", "SOM", "OCH", "MED", "DEN", "DET", "SIG", "HAN", "HON", "MAN", "VAR", "FEM", "SEX",
    "TIO", "NIO", "ALL", "ATT", "BOR", "GER", "TAR", "SER", "NYA", "UTE", "TRE", "DAG",
    "THE", "AND", "FOR", "WAS", "HAS", "ARE", "NOT", "BUT", "CAN", "HAD", "OUT", "AGE",
    "KAN", "SKA", "UPP", "NER", "VID", "KLO", "RUM", "AVD", "CA.", "TOG", "GAV", "SAG",
    "TWO", "SIX", "TEN", "ONE", "FEW", "HEM", "BRA", "NOG", "MER", "DRY",
    "TYP", "PER", "VIA", "MOT",  # `typ 120 i bilen`: about a number, no plate's letters
})


# A plate in capitals, then a list's comma or `och`, right before: `KKL 394, KCB 05A, fpr 548`
# (the next item of a list of plates, though typed in lower case).
# A bracketed note may stand between (`OSK 522 (produktionsbuss), mtn 154`).
_LISTED_AFTER_A_PLATE: Final = re.compile(
    rf"(?<![\w-])[{_L}]{{3}}(?:[ \t]{{1,2}}|[-–])?\d\d[{_L}0-9][ \t]*(?:\([^()\n]{{0,40}}\))?"
    r"[ \t]*(?:[,;/&]|och|and)[ \t]*$")
# The same list read forwards: a plate in any case, then the next items, one of them in
# capitals (`fpr 548 och KKL 394`, `fuel for xmx 841 and NEB 52N`).
_NEXT_ITEM: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:[,;/&]|och|and)[ \t]*"
    rf"(?P<letters>[{_L}]{{3}})(?:[ \t]{{1,2}}|[-–])?\d\d(?P<last>[{_L}0-9])(?![\w-])",
    re.IGNORECASE)
_LIST_LENGTH: Final = 4  # items read forwards
# A line opening with a plate in capitals, then a dash or colon: a list's row (`LXL 694 –
# Staffan Granlund`), whose neighbours opening so hold plates too, in any case.
_ROW_OF_A_PLATE: Final = re.compile(
    rf"[ \t]*(?:[-*•][ \t]*)?[{_L}]{{3}}(?:[ \t]|[-–])?\d\d[{_L}0-9][ \t]+[-–—:]")


def listed_after_a_plate(text: str, start: int, end: int) -> bool:
    """An item of a list of plates with one in capitals (`KKL 394, fpr 548`, `fpr 548 och
    KKL 394`); not of a list of case codes (`Ärenden HGF 221, kpr 112`)."""
    return (_LISTED_AFTER_A_PLATE.search(text, max(0, start - 60), start) is not None or (
        _in_a_list_of_plates(text, start)) or _listed_before_a_plate(text, end)) and not (
        has_cue(words_before(text, start, 40), ID_NEGATIVE_CUES, last=4))


def _listed_before_a_plate(text: str, end: int) -> bool:
    """A later item of the list is a plate in capitals, no word's or code's letters."""
    for _ in range(_LIST_LENGTH):
        later = _NEXT_ITEM.match(text, end)
        if later is None:
            return False
        letters = later.group("letters")
        if letters.isupper() and not later.group("last").islower():
            return letters not in WORDS_BEFORE_NUMBERS and letters not in NOT_PLATE_PREFIXES
        end = later.end()
    return False


def _in_a_list_of_plates(text: str, start: int) -> bool:
    """The row opens with the plate (`ato 466 – Staffan Granlund`) and the row above or
    below opens with a plate in capitals the same way."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t-*•") or (text.find("\n", start) == -1 and line == 0):
        return False
    above = text.rfind("\n", 0, max(0, line - 1)) + 1 if line else -1
    below = text.find("\n", start)
    return (above >= 0 and _ROW_OF_A_PLATE.match(text, above, line) is not None) or (
        below != -1 and _ROW_OF_A_PLATE.match(text, below + 1) is not None)


# A code's label, its first item of letters and digits, and a list's joint right before the
# next item: `Artikelnr KTM 4410 och RXL 220`, `Art.nr: SKF 6204, KRT 491`.
_LABELLED_ITEM: Final = re.compile(
    r"([^\W\d_][\w.-]*)[ \t]*:?[ \t]*[^\W\d_]{1,4}[ \t-]?\d{2,6}[ \t]*"
    r"(?:[,;/&]|och|and|samt|eller|or)[ \t]*$")


def listed_after_a_label(text: str, start: int) -> bool:
    """The next item of a list whose first item, letters and digits as a plate's, a code's
    label names (`Artikelnr KTM 4410 och RXL 220`): the label stands for the list, as `Regnr`
    for a list of plates. Not after a case's digits alone (`Dnr 2026-118 och KRT 491`)."""
    item = _LABELLED_ITEM.search(text, max(0, start - 50), start)
    return item is not None and has_cue([item.group(1).lower()], ID_NEGATIVE_CUES, last=1)
