"""What a held report would be published as: the warning's parts and its text.

The text is the reporter's text with the letter around it cut (letter.py) unless the
moderator keeps it (BEHÅLL HÄLSNING), and every finding masked unless kept by number
(BEHÅLL n). Finding numbers count over the whole original text, so they mean the same in
the review mail whatever is cut. The review shows the same text with each placeholder
marked (digest/compose/textblocks.py), and the cut parts listed.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from digest.compose.textblocks import MARK_CLOSE, MARK_OPEN
from mailgate.hold.letter import Part, letter_parts
from mailgate.hold.parts import propose_what, propose_where
from mailgate.scan import PLACEHOLDERS, Finding, publishable
from store.models import Report

# The proposed substance and place are read in a report's opening characters: a report names
# them there, and each list entry is sought on its own (a long forwarded thread of 3 MB read
# whole took minutes, and held the database while it did).
PROPOSAL_READS = 20_000
# A finding scored below this is listed apart in the review as "möjlig" (possible).
POSSIBLE_BELOW = 0.6
_LABELS = "|".join(map(re.escape, sorted(set(PLACEHOLDERS.values()))))
_PLACEHOLDER = re.compile(rf"\[(?P<label>(?:{_LABELS})(?: \d+)?)\]")

_BLANK_MARKS = {ord(MARK_OPEN): " ", ord(MARK_CLOSE): " "}


@dataclass(frozen=True)
class Proposal:
    text: str                    # as members would read it
    marked: str                  # for the review: numbered placeholders, marked
    letter: tuple[Part, ...]     # cut from the text (kept when keep_letter)
    what: str
    region: str
    places: tuple[str, ...]
    advice: str


def propose(report: Report, findings: list[Finding], *, keep: Collection[int] = (),
            keep_letter: bool = False) -> Proposal:
    # Our mark characters may not come from a reporter: blanked, offsets unchanged.
    text = report.text.translate(_BLANK_MARKS)
    letter = tuple(letter_parts(text))
    parts = () if keep_letter else letter
    head = text[:PROPOSAL_READS]
    where = propose_where(head)
    return Proposal(
        text=warning_text(text, findings, parts, keep=keep),
        marked=warning_text(text, findings, parts, numbered=True, marked=True),
        letter=letter, what=report.what or propose_what(head),
        region=report.region or where.region, places=where.places, advice=report.advice)


def warning_text(text: str, findings: list[Finding], cut: Collection[Part], *,
                 keep: Collection[int] = (), numbered: bool = False,
                 marked: bool = False) -> str:
    """`text` without the cut parts, each finding not kept replaced by its placeholder."""
    edits: list[tuple[int, int, str]] = [(p.start, p.end, "") for p in cut]
    for number, f in enumerate(publishable(findings), start=1):
        if number not in keep:
            label = f"{f.placeholder} {number}" if numbered else f.placeholder
            edits.append((f.start, f.end, _label(label, marked)))
    out: list[str] = []
    pos = 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], -e[1])):
        if start >= pos:
            out += [text[pos:start], replacement]
        elif end > pos and replacement:   # a finding reaching out of a cut part
            out.append(replacement)
        pos = max(pos, end)
    out.append(text[pos:])
    result = _tidy("".join(out))
    return _mark_placeholders(result) if marked else result


def blank(text: str, cut: Collection[Part]) -> str:
    """`text` with the cut parts' characters turned to spaces (line breaks kept), so that
    offsets into the original still hold: what the guard at publication scans."""
    chars = list(text)
    for part in cut:
        for i in range(part.start, part.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _label(label: str, marked: bool) -> str:
    return f"{MARK_OPEN}{label}{MARK_CLOSE}" if marked else f"[{label}]"


def _mark_placeholders(text: str) -> str:
    """Placeholders already in the text (a moderator's edited text has them) marked too."""
    return _PLACEHOLDER.sub(lambda m: _label(m.group("label"), True), text)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def possible(finding: Finding) -> bool:
    return finding.score < POSSIBLE_BELOW
