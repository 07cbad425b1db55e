"""A moderator's command, read from the top of a reply (quotes, attributions and
signatures below it are ignored). Unclear replies are a value, never an exception."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from store.status import Urgency


class Action(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


@dataclass(frozen=True)
class Command:
    action: Action
    urgency: Urgency | None = None
    verified: bool = False
    keep: tuple[int, ...] = ()
    title: str | None = None
    reason: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Unclear:
    problem: str  # "empty", "no_command", "conflicting"


# Where the new part of a reply ends: quoting, attributions, forwarded headers, signatures.
QUOTE_STARTS = [re.compile(p, re.I) for p in (
    r"^\s*>",
    r"^\s*-{2,}\s*(ursprungligt meddelande|original message|vidarebefordrat meddelande|"
    r"forwarded message)\s*-{2,}",
    r"^\s*(från|from)\s*:\s*\S.*$",
    r"^\s*den .{3,80} skrev .{0,200}:\s*$",
    r"^\s*on .{3,120} wrote:\s*$",
    r"^\s*.{0,80}\bskrev\s*:?\s*$",
    r"^--\s*$",
    r"^\s*(skickat från min|sent from my|hämta outlook|get outlook)\b",
    r"^_{5,}\s*$",
)]
_URGENCY_WORDS = {"rod": Urgency.RED, "red": Urgency.RED, "gul": Urgency.YELLOW,
                  "yellow": Urgency.YELLOW, "gron": Urgency.GREEN, "green": Urgency.GREEN}
_APPROVE = re.compile(r"^(godkann|godkant|approve|approved)\b(.*)$")
_REJECT = re.compile(r"^(avsla|reject)\b\s*:?\s*(.*)$")
_KEEP = re.compile(r"^(behall|keep)\b\s*:?\s*([\d ,;och and]+)$")
_TITLE = re.compile(r"^(rubrik|title)\s*:\s*(.+)$")
_TEXT_START = re.compile(r"^\s*-{2,}\s*text\s*-{2,}\s*$", re.I)
_TEXT_END = re.compile(r"^\s*-{2,}\s*(slut|end)\s*-{2,}\s*$", re.I)
_PREFIXES = re.compile(r"^\s*((re|sv|vb|aw|fw|fwd|vs|antw)\s*:\s*)+", re.I)
_TAG = re.compile(r"\[VSN-granskning [^\]]*\]", re.I)


def fold(text: str) -> str:
    """Lower case without diacritics: GODKÄNN, godkann and Godkänn read the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def new_part(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if any(p.match(line) for p in QUOTE_STARTS):
            break
        lines.append(line)
    return lines


def read_command(text: str, subject: str = "") -> Command | Unclear:
    lines = new_part(text)
    edited, lines = _extract_text(lines, text)
    found = _read_lines([line for line in lines if line.strip()], edited)
    if isinstance(found, Unclear) and found.problem != "conflicting":
        subject_line = _subject_command(subject)
        from_subject = _read_lines([subject_line] if subject_line else [], None)
        if isinstance(from_subject, Command):
            return from_subject
        if not any(line.strip() for line in lines) and edited is None:
            return Unclear("empty")
    return found


def _subject_command(subject: str) -> str:
    # Only what precedes the review tag counts (the mailto links put the command there);
    # the report's own subject after the tag may contain any words at all.
    match = _TAG.search(subject)
    return _PREFIXES.sub("", subject[:match.start()]).strip() if match else ""


def _extract_text(lines: list[str], full: str) -> tuple[str | None, list[str]]:
    # The corrected text may contain anything, so it is cut out of the full body first.
    body = full.replace("\r\n", "\n").split("\n")
    starts = [i for i, line in enumerate(body) if _TEXT_START.match(line)]
    if not starts:
        return None, lines
    ends = [i for i, line in enumerate(body) if _TEXT_END.match(line) and i > starts[0]]
    if not ends:
        return None, lines
    edited = "\n".join(body[starts[0] + 1:ends[0]]).strip("\n")
    remaining = body[:starts[0]] + body[ends[0] + 1:]
    return edited, new_part("\n".join(remaining))


def _read_lines(lines: list[str], edited: str | None) -> Command | Unclear:
    actions: list[tuple[Action, str]] = []
    urgency: Urgency | None = None
    verified = False
    keep: list[int] = []
    title: str | None = None
    for raw in lines:
        line = fold(raw.strip())
        original = raw.strip()
        if m := _TITLE.match(line):
            title = original.split(":", 1)[1].strip()
        elif m := _KEEP.match(line):
            keep += [int(n) for n in re.findall(r"\d+", m.group(2))]
        elif m := _APPROVE.match(line):
            actions.append((Action.APPROVE, ""))
            urgency, verified = _approve_options(m.group(2), urgency, verified)
        elif m := _REJECT.match(line):
            actions.append((Action.REJECT, _after_keyword(original)))
        elif line in ("verifierad", "verified"):
            verified = True
    kinds = {a for a, _ in actions}
    if len(kinds) > 1:
        return Unclear("conflicting")
    if not kinds:
        return Unclear("no_command")
    action, detail = actions[0]
    if action != Action.APPROVE:
        return Command(action, reason=detail or None)
    return Command(Action.APPROVE, urgency, verified, tuple(dict.fromkeys(keep)), title,
                   text=edited)


def _approve_options(rest: str, urgency: Urgency | None,
                     verified: bool) -> tuple[Urgency | None, bool]:
    for word in re.findall(r"[a-z]+", rest):
        if word in _URGENCY_WORDS:
            urgency = _URGENCY_WORDS[word]
        elif word in ("verifierad", "verified"):
            verified = True
    return urgency, verified


def _after_keyword(original: str) -> str:
    parts = re.split(r"[:\s]", original, maxsplit=1)
    return parts[1].strip(" :") if len(parts) > 1 else ""
