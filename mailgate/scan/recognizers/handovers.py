"""A shift handed over between two given names in a log (`Saga → Ove: nycklarna …`,
`Lina – Per:`, `Handover Rut → Tage:`): both are the staff on duty. A route between two
places in the same frame stays readable (`Malmö → Lund:`, `Hjulsta – Kista:`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS

# The arrow or dash between the two names; its first item is a character class, so `re`
# skips straight to such characters.
# An arrow or a dash with a taker after it (`(?:→|->|[–—-](?!\d))` where _TAKER matches next:
# ARROW_SOURCE), led by the class of its first characters so `re` skips to them: most dashes
# join words or numbers, and each was a match handed to Python only to fail the taker.
ARROW_SOURCE: Final = r"(?:→|->|[–—-](?!\d))"
_ARROW: Final = re.compile(
    r"[→–—-](?:(?<=-)>|(?<=→)|(?<=[–—-])(?!\d))(?=[ \t]*[A-ZÅÄÖ][a-zåäöéü]+[ \t]*:)")
# The giver: a capitalised word opening its line, maybe after one word (`Handover`).
_GIVER: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-ZÅÄÖa-zåäö]+[ \t]+)?([A-ZÅÄÖ][a-zåäöéü]+)[ \t]*\Z")
# The taker, then the note's colon.
_TAKER: Final = re.compile(r"[ \t]*([A-ZÅÄÖ][a-zåäöéü]+)[ \t]*:")
_REACH: Final = 40  # characters before the arrow where the line's start may stand


def handover_names(text: str) -> list[Hit]:
    """Two given names round an arrow or a dash before a colon, the line's first words."""
    if ":" not in text:
        return []  # a handover's note follows its colon
    out = []
    for arrow in _ARROW.finditer(text):
        # The taker first: one match right after the arrow, where the giver's is a search
        # of the line before it (most dashes join words or numbers: `E-post`, `2026-12-06`).
        taker = _TAKER.match(text, arrow.end())
        giver = _GIVER.search(text, max(0, arrow.start() - _REACH), arrow.start()) if (
            taker) else None
        if giver and taker and _given_names(giver.group(1), taker.group(1)):
            out.append(Hit(giver.start(1), giver.end(1), SCORE_WEAK))
            out.append(Hit(taker.start(1), taker.end(1), SCORE_WEAK))
    return out


def _given_names(a: str, b: str) -> bool:
    """Both given names common in Sweden, at most one also a place's (`Elsa`, `Nora`): a
    month's or a colour's short form also listed somewhere as a name is none (`Jan - Mar:`,
    `Rosa – Vit:`)."""
    infos = [names.lookup(w, STOP_WORDS) for w in (a, b)]
    return all(i.first and i.core for i in infos) and sum(i.negative for i in infos) <= 1
