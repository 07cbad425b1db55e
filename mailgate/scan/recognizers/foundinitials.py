"""Initials of a person already found, where initials stand for someone: `SF:` opening an
interview's lines after `utredare Sara Fjellström`, `(AH)` after `Adam Hellberg`, `Sign PON`
after `Per Olof Nilsson`, a line of its own.

Minutes and interview notes name people in full once, then by their capitals. Capitals that
spell a found name's initials elsewhere are often something else (`Bygg AB` beside Anna
Berg, `KD` the party beside Karin Dahl), so only the places where initials sign or speak
count: a line's opener before a colon, brackets, after a slash or a signing word, a line
alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_ALONE

_CAPS: Final = r"[A-ZÅÄÖ]{2,3}"
# Where initials stand for someone; each alternative's one group is the initials.
_PLACES: Final = re.compile(
    r"(?m)^[ \t]*(" + _CAPS + r"):"  # SF: Känner du …
    r"|\((" + _CAPS + r")\)"  # Sara Fjellström (SF)
    r"|(?:/|\b[Ss]ign\.?|\bav)[ \t]*(" + _CAPS + r")\b(?![-/.]\w)"  # Sign PON, / AH, av SF
    r"|^[ \t]*(" + _CAPS + r")[ \t]*$"  # a line alone
)
_NAME_WORD: Final = re.compile(r"[A-ZÅÄÖ][\w'-]*")
_FEWEST_WORDS: Final = 2
_MOST_LETTERS: Final = 3


def found_initials(text: str, found: list[Hit]) -> list[Hit]:
    """Initials in a signing or speaking place that spell the initials of a found name."""
    initials = {i for i in _initials_of(text, found) if i in text}
    if not initials:
        return []  # most texts: no found name's initials anywhere, no pass over the text
    out = []
    for lo, hi in _lines_holding(text, initials):  # no place spans a line: only these
        for m in _PLACES.finditer(text, lo, hi):
            i = m.lastindex or 0
            if m.group(i) in initials:
                out.append(Hit(m.start(i), m.end(i), SCORE_ALONE))
    return out


def _lines_holding(text: str, initials: set[str]) -> list[tuple[int, int]]:
    """The start and end of each line holding one of `initials`, in order: the places are
    searched there, not in the whole text (every character was tried by four branches)."""
    lines = set()
    for initial in initials:
        at = text.find(initial)
        while at != -1:
            end = text.find("\n", at)
            lines.add((text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end))
            at = text.find(initial, at + 1)
    return sorted(lines)


def _initials_of(text: str, found: list[Hit]) -> set[str]:
    """Two letters of each found given name and surname (`SF`), three of three names (`PON`);
    a double given name gives both its letters (`Jan-Erik Lund`: `JEL`, `JL`)."""
    out: set[str] = set()
    for h in found:
        words = _NAME_WORD.findall(text, h.start, h.end)
        if len(words) < _FEWEST_WORDS:
            continue
        given, last = words[-2], words[-1]
        out.add(given[0] + last[0])
        parts = [p for w in words[-3:] for p in w.split("-") if p[:1].isupper()]
        if len(parts) == _MOST_LETTERS:
            out.add("".join(p[0] for p in parts))
    return {i.upper() for i in out if i.isalpha()}
