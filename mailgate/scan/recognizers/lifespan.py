"""Dates of birth as death notices, funeral programmes and memorial pages write them: a
star before the date (`* 12.8.2002 Esbo`, `* 1 september 1996`) and a life's span, its
birth first (`25.4.2000 – 12.11.2026` under a name, `Dennis (25.4.2000–12.11.2026)`).

A star marks a birth only before a whole date (`* 1991` alone is a year, and a star opens
footnotes). A span of two whole dates counts when it says a life: on a line of its own under
a line with a listed name, in brackets right after a name, or after `till minne av` /
`in memory of`; a project's or a lease's period (`2025-01-01 – 2026-06-30`) is none of these.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.months import MONTHS, STOP_WORDS

# A whole date: day, month and a four-digit year, as these texts write one.
_WHOLE: Final = (
    r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d{2}"
    rf"|\d{{1,2}}(?:\.|:e|:a|st|nd|rd|th)?\s(?i:{MONTHS})\s(?:19|20)\d{{2}}"
    rf"|(?i:{MONTHS})\s\d{{1,2}},?\s(?:19|20)\d{{2}})(?!\d)"
)
# Led by the star and by a year's digits, so `re` skips to them (a look-behind or a month's
# name first made it try every character: a twentieth of a report's scan).
_STAR: Final = re.compile(rf"[*✱⁎][ \t]?(?:den[ \t])?(?P<date>{_WHOLE})")
_SPAN: Final = re.compile(
    rf"(?P<date>{_WHOLE})[ \t]*(?:[-–—]|till|to)[ \t]*(?P<end>{_WHOLE})")
# Where a span's first date ends: its year before the dash (`… 2000 – 12.11.2026`).
_JOIN: Final = re.compile(r"(?:19|20)\d\d[ \t]*(?:[-–—]|till|to)[ \t]*\w")
_FIRST_DATE: Final = 24  # characters a first date's year stands from its start at most
_YEAR: Final = re.compile(r"(?:19|20)\d{2}")
_MEMORY: Final = re.compile(r"(?i:till\sminne\sav|minnesord|in\s(?:loving\s)?memory\sof"
                            r"|muistoa|til\sminne\som|zum\sgedenken)\W*$")
_NAME_WORD: Final = re.compile(r"[A-ZÅÄÖÆØ][\w'’-]+")
_WORD_BEFORE: Final = re.compile(r"([A-ZÅÄÖÆØ][\w'’-]+)[ \t]*\($")
_CROSSES: Final = ("†", "✝", "✞")  # a death's mark
_CROSS_REACH: Final = 80


def life_dates(text: str) -> list[Hit]:
    """Births a death notice's star or a life's span gives."""
    found = [Hit(m.start("date"), m.end("date"), 0.85) for m in _STAR.finditer(text)
             if _after_a_space(text, m.start()) and _a_birth_star(text, m)]
    found += [Hit(m.start("date"), m.end("date"), 0.8) for m in _spans(text)
              if _a_life(text, m)]
    return found


def _after_a_space(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in " \t\r\n("


def _spans(text: str) -> list[re.Match[str]]:
    """The spans of two whole dates, each found around the year that ends its first."""
    spans: dict[int, re.Match[str]] = {}
    for join in _JOIN.finditer(text):
        at = join.start()
        for span in _SPAN.finditer(text, max(0, at - _FIRST_DATE), join.end() + _FIRST_DATE * 2):
            if span.start() <= at < span.end("date"):
                spans.setdefault(span.start(), span)
    return [spans[k] for k in sorted(spans)]


def _a_birth_star(text: str, star: re.Match[str]) -> bool:
    """A star before a date is a birth beside a death's cross or under a name; in a list
    (`* 24.12.2026 stängt`) it is a bullet."""
    if any(cross in text[star.end():star.end() + _CROSS_REACH] for cross in _CROSSES):
        return True
    line_start = text.rfind("\n", 0, star.start()) + 1
    before = text[line_start:star.start()].strip()
    if before:
        return _a_name_line(before)
    return _a_name_line(_line_before(text, line_start))


def _line_before(text: str, line_start: int) -> str:
    return text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]


def _a_life(text: str, span: re.Match[str]) -> bool:
    born, died = (int(_YEAR.findall(span.group(g))[-1]) for g in ("date", "end"))
    if died < born:
        return False
    line_start = text.rfind("\n", 0, span.start()) + 1
    before = text[line_start:span.start()]
    if (bracket := _WORD_BEFORE.search(before)) is not None:
        return _a_name(bracket.group(1))  # Tobias (1998-02-11 – 2026-10-19)
    if before.strip():
        return _MEMORY.search(before) is not None
    line_end = text.find("\n", span.end())
    rest = text[span.end():line_end if line_end != -1 else len(text)]
    if len(rest.strip()) > 30:
        return False  # the span opens a sentence: a period, not a life
    previous = _line_before(text, line_start)
    return _MEMORY.search(previous) is not None or _a_name_line(previous)


def _a_name_line(line: str) -> bool:
    """A short line of capitalised words, one of them a listed name: `Dennis Björkqvist`."""
    words = line.split()
    return 0 < len(words) <= 5 and all(w[0].isupper() for w in words if w[0].isalpha()) and any(
        _NAME_WORD.fullmatch(w) and _a_name(w) for w in words)


def _a_name(word: str) -> bool:
    info = names.lookup(word, STOP_WORDS)
    return info.name and not info.negative
