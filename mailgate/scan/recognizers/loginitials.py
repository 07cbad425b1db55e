"""Staff initials opening a log's lines before a time: who did it, in a deck log, a night
watch's book or a handover (`ON 07.00 nål i spygatten`, `SN 12.30 Ford Transit igen`,
`JB 23:10 guest sick in room 14`).

Two capitals, a time and a message open at least two lines of one text: a log. Codes written
the same way stay readable (`KL 07.00`, `CA 12.30`, `FM 09.00 samling`, `SJ 07.10 inställt`,
`TV 20.00 nyheter`), and so do the days of a week's schedule (`MÅ 08.00 simning`, `TI 09.30
…`): a weekday's letters are someone's only in a log where others' initials outnumber them
(`ON 07.00 …`, `SN 12.30 …`, `BW 21.15 …`). Three capitals are as often a unit or a code
(`OBS 12.00`, `ETA 14.00`) and are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.signers import NO_SIGNERS

# Two capitals, a time of day (`07.00`, `2:14`) and the entry's first letter. Led by the
# line break, a literal: the search skips to each line's start without trying other places.
_BODY: Final = r"([A-ZÅÄÖ]{2})[ \t]+[0-2]?\d[.:][0-5]\d[ \t]+([^\W\d_])"
_LINE: Final = re.compile(r"\n" + _BODY)
_FIRST: Final = re.compile(_BODY)
_FEWEST_LINES: Final = 2  # one line so opened may be anything; two make a log

# Codes and abbreviations that open a schedule's, a log's or a timetable's lines: the clock,
# `circa`, parts of the day, in and out, counts and distances, pay supplements, broadcasters,
# championships, measures of water and blood, transport operators and clubs.
LOG_CODES: Final = frozenset({
    "KL", "CA", "FM", "EM", "AM", "PM", "UT", "IN", "OK", "NR", "KM", "OB", "TV", "VM", "SM",
    "OS", "NM", "JSM", "PH", "CL", "HB", "BT", "SJ", "SL", "ST", "TT", "DJ", "MC", "IK", "IF",
    "BK", "SK", "FF", "AB", "KB", "NU", "EK",
}) | NO_SIGNERS
# A week's days shortened (Swedish with and without their marks, English, German).
WEEKDAYS: Final = frozenset({
    "MÅ", "MA", "TI", "ON", "TO", "FR", "LÖ", "LO", "SÖ", "SO", "MO", "TU", "WE", "TH", "SA",
    "SU", "MI", "DO",
})


def log_initials(text: str) -> list[Hit]:
    """The initials opening a log's lines, each line's own."""
    if text.count("\n") < _FEWEST_LINES - 1:
        return []
    lines = list(_LINE.finditer(text))
    first = _FIRST.match(text)
    if first is not None:
        lines.insert(0, first)
    if len(lines) < _FEWEST_LINES or all(m.group(2).isupper() for m in lines):
        return []  # `SK 07.10 Oslo`, `DY 08.20 London`: a timetable's codes and places
    weekdays = {m.group(1) for m in lines} & (WEEKDAYS - LOG_CODES)
    others = {m.group(1) for m in lines} - weekdays - LOG_CODES
    if not others:
        return []
    keep_days = len(others) >= len(weekdays)
    return [Hit(m.start(1), m.end(1), SCORE_WEAK) for m in lines
            if m.group(1) in others or (keep_days and m.group(1) in weekdays)]
