"""Two capitals where minutes and notes name who was there or who did it, beyond a label's
list (staffinitials.py): a line of initials alone under a meeting's heading (`Avstämning
fältgruppen⏎GT, HL⏎1. Läget …`), more initials joined to ones already found (`Sign. BF,
LH`, `av JS och TM`), and the doer of a passive after `av` (`Ärendet hanteras av PÅ.`,
`städades av OL i morse`). Offices, agencies, countries and firms so placed stay (`HR, IT`
under a heading, `SE, NO, DK`, `hanteras av FK`): a body's letters count only beside more
people's initials, an office's never."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.initials import BODIES
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.staffinitials import OFFICES

_PAIR: Final = r"[A-ZÅÄÖ]{2}(?![\w-])"
# A line of two or more pairs joined by commas or `och`/`and`/`&`, and nothing else.
_LINE: Final = re.compile(
    rf"^[ \t]*(?<![\w-]){_PAIR}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|and|&|o)[ \t]+){_PAIR})+[ \t]*$",
    re.MULTILINE)
_ITEM: Final = re.compile(rf"(?<![\w-]){_PAIR}")
# Words of a meeting's heading: the line above such a line names a meeting.
_MEETINGS: Final = ("möte", "anteckning", "protokoll", "avstämning", "samråd", "minutes",
                    "meeting", "referat", "överlämning", "handover", "konferens", "huddle",
                    "genomgång", "briefing")
# Another pair right after a found one: `, LH`, ` och TM`, ` & TM`, `/TM`.
_NEXT: Final = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:och|and|&|o)[ \t]+|/)({_PAIR})")
# A passive's or a participle's `av`, its doer's pair, then the clause's end or a small word.
_DOER: Final = re.compile(
    rf"\b[a-zåäö]{{2,}}(?:s|t|d|en|et)[ \t]+av[ \t]+({_PAIR})(?=[ \t]*(?:[.,;:!?)]|$)"
    r"|[ \t]+[a-zåäö])", re.MULTILINE)
# Its `av` and the pair after it, the needle: `re` skips to each `av` by its literal prefix;
# the pattern itself, led by `\b`, was tried at every position of every text with ` av `.
_DOERS: Final = Gated(_DOER, r"av[ \t]+[A-ZÅÄÖ]{2}(?![\w-])")


def _a_body(pair: str) -> bool:
    return pair in BODIES or pair in NO_SIGNERS or pair in OFFICES or is_negative(pair.lower())


def minutes_initials(text: str, found: list[Hit]) -> list[Hit]:
    """The three readings above: a line under a heading, a passive's doer, a joined pair."""
    out = (_under_a_heading(text) if "\n" in text else []) + (
        _doers(text) if " av " in text else [])  # most texts: neither
    return out + _joined(text, [*found, *out])


def _under_a_heading(text: str) -> list[Hit]:
    out = []
    for m in _LINE.finditer(text):
        above = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1 : m.start()].casefold()
        if m.start() == 0 or not any(word in above for word in _MEETINGS):
            continue
        items = list(_ITEM.finditer(m.group()))
        bodies = [i for i in items if _a_body(i.group())]
        if any(i.group() in OFFICES for i in items) or len(bodies) * 2 > len(items) or (
                len(bodies) == len(items)):
            continue  # HR, IT; SE, NO, DK: offices and countries
        out += [Hit(m.start() + i.start(), m.start() + i.end(), SCORE_WEAK) for i in items]
    return out


def _doers(text: str) -> list[Hit]:
    return [Hit(m.start(1), m.end(1), SCORE_WEAK) for m in _DOERS.finditer(text)
            if not _a_body(m.group(1))]


def _joined(text: str, found: list[Hit]) -> list[Hit]:
    """Pairs joined to initials found (two or three capitals), one after another."""
    out: list[Hit] = []
    todo = [h for h in found if 2 <= h.end - h.start <= 3 and text[h.start:h.end].isupper()]
    while todo:
        h = todo.pop()
        m = _NEXT.match(text, h.end)
        if m and not _a_body(m.group(1)):
            nxt = Hit(m.start(1), m.end(1), SCORE_WEAK)
            out.append(nxt)
            todo.append(nxt)
    return out
