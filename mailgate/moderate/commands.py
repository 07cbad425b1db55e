"""A moderator's command, read from the new part of a reply (above any quote, attribution,
header block or signature) and from the subject before the review tag.

Unclear replies are a value, never an exception. The reading is deliberately strict: a line
that starts with a command word but carries words we do not understand ("GODKÄNN INTE",
"Avslå inte denna") makes the whole reply unclear, so that nothing is published or
discarded on a guess; the moderator gets instructions back instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from mailgate.moderate.loose import APPROVE_WORDS, tidy
from mailgate.moderate.subjects import without_ours
from mailgate.parse.reply_text import Split, bottom_part, fold, split_new_part
from store.status import Urgency

__all__ = ["Action", "Command", "Problem", "Unclear", "read_command"]


class Action(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    ASK = "ask"
    EDIT = "edit"          # corrected text without GODKÄNN: re-scanned, reviewed again
    CORRECT = "correct"    # correction of a published event
    RETRACT = "retract"    # retraction of a published event
    DISCARD = "discard"    # junk: thrown away, nobody answered (a forged sender gets nothing)
    REDACT = "redact"      # MASKERA n: mask findings of a published event's text


class Problem(StrEnum):
    EMPTY = "empty"
    NO_COMMAND = "no_command"
    CONFLICTING = "conflicting"
    UNREADABLE = "unreadable"          # a command word followed by words we do not know
    UNTERMINATED = "unterminated_text"  # --- TEXT --- without --- SLUT ---


@dataclass(frozen=True)
class Command:
    action: Action
    urgency: Urgency | None = None
    verified: bool = False
    keep: tuple[int, ...] = ()
    redact: tuple[int, ...] = ()   # MASKERA n: findings of the published text to mask
    title: str | None = None
    reason: str | None = None   # reject / retract reason, the question, a one-line correction
    text: str | None = None     # the text between --- TEXT --- and --- SLUT ---
    # warning-mail: the warning's parts (VAD:, REGION:, RÅD:) and BEHÅLL HÄLSNING.
    what: str | None = None
    region: str | None = None
    advice: str | None = None
    keep_letter: bool = False


@dataclass(frozen=True)
class Unclear:
    problem: Problem
    line: str = ""


class Word(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    ASK = "ask"
    CORRECT = "correct"
    RETRACT = "retract"
    DISCARD = "discard"
    KEEP = "keep"
    REDACT = "redact"
    TITLE = "title"
    VERIFIED = "verified"
    URGENCY = "urgency"
    WHAT = "what"
    REGION = "region"
    ADVICE = "advice"


# Command words, folded (lower case, no diacritics): GODKÄNN, Godkänn and godkann read the same.
WORDS: dict[str, Word] = {
    "godkann": Word.APPROVE, "godkant": Word.APPROVE, "godkanns": Word.APPROVE,
    "approve": Word.APPROVE, "approved": Word.APPROVE,
    "avsla": Word.REJECT, "avslas": Word.REJECT, "avslag": Word.REJECT,
    "reject": Word.REJECT, "rejected": Word.REJECT,
    "fraga": Word.ASK, "ask": Word.ASK, "question": Word.ASK,
    "rattelse": Word.CORRECT, "correction": Word.CORRECT,
    "aterkalla": Word.RETRACT, "retract": Word.RETRACT,
    "kasta": Word.DISCARD, "kassera": Word.DISCARD, "discard": Word.DISCARD,
    "behall": Word.KEEP, "keep": Word.KEEP,
    "maskera": Word.REDACT, "redact": Word.REDACT, "mask": Word.REDACT,
    "rubrik": Word.TITLE, "title": Word.TITLE,
    "verifierad": Word.VERIFIED, "verifierat": Word.VERIFIED, "verified": Word.VERIFIED,
    "vad": Word.WHAT, "what": Word.WHAT, "substans": Word.WHAT, "substance": Word.WHAT,
    "region": Word.REGION, "var": Word.REGION, "where": Word.REGION, "plats": Word.REGION,
    "rad": Word.ADVICE, "advice": Word.ADVICE,
}
# The warning's parts: a line "VAD: …" sets one. Only with the colon, because "Vad bra!" or
# "Råd behövs" starting a line of prose must stay prose. RÅD: alone takes the lines below it.
PARTS: dict[Word, str] = {Word.WHAT: "what", Word.REGION: "region", Word.ADVICE: "advice"}
# BEHÅLL HÄLSNING: keep the greeting, contact lines and signature the review shows as cut.
LETTER_WORDS = frozenset({"halsning", "halsningen", "halsningar", "halsningsfras", "brev",
                          "brevet", "signatur", "signaturen", "greeting", "letter",
                          "signature"})
URGENCY_WORDS: dict[str, Urgency] = {
    "rod": Urgency.RED, "roda": Urgency.RED, "red": Urgency.RED, "akut": Urgency.RED,
    "gul": Urgency.YELLOW, "gult": Urgency.YELLOW, "yellow": Urgency.YELLOW,
    "gron": Urgency.GREEN, "gront": Urgency.GREEN, "green": Urgency.GREEN,
}
# Words that may stand beside GODKÄNN without changing its meaning ("Godkänn, tack",
# "Godkänner, bra rapport!"): thanks and praise. Any other word still makes the line unclear.
FILLERS = frozenset({"och", "and", "som", "as", "med", "with", "tack", "thanks", "please",
                     "ok", "okej", "sa", "so", "bra", "fint", "toppen", "perfekt", "utmarkt",
                     "snyggt", "jobbat", "rapport", "good", "great", "nice", "job", "report"})
ACTION_OF: dict[Word, Action] = {
    Word.APPROVE: Action.APPROVE, Word.REJECT: Action.REJECT, Word.ASK: Action.ASK,
    Word.CORRECT: Action.CORRECT, Word.RETRACT: Action.RETRACT, Word.DISCARD: Action.DISCARD,
}
# Commands that stand alone on their line ("GODKÄNN RÖD", "KASTA"); words after them must be
# options we know, so that "Kasta en blick på …" is unclear rather than a discard.
BARE = frozenset({Word.APPROVE, Word.DISCARD})
# Free-text commands need "AVSLÅ: skäl" (or the word alone, text on the next lines), so that
# a sentence such as "Avslå inte denna" is never read as a rejection.
FREE_TEXT = frozenset({Word.REJECT, Word.ASK, Word.CORRECT, Word.RETRACT, Word.TITLE})
PART_OPTIONS = ("what", "region", "advice", "keep_letter")
# Which options each action accepts; anything else is a conflict.
OPTIONS: dict[Action, frozenset[str]] = {
    Action.APPROVE: frozenset({"urgency", "verified", "keep", "title", "text", *PART_OPTIONS}),
    Action.EDIT: frozenset({"urgency", "verified", "title", "text", *PART_OPTIONS}),
    Action.CORRECT: frozenset({"title", "text", "keep"}),  # keep: a scanner false positive
    Action.REJECT: frozenset(),
    Action.ASK: frozenset(),
    Action.RETRACT: frozenset({"keep"}),
    Action.DISCARD: frozenset(),
    Action.REDACT: frozenset({"redact"}),
}

_LINE = re.compile(r"^[\s*_]*(?P<word>[^\W\d_]+)[*_]*\s*(?P<sep>[:\-–—.!,]?)\s*(?P<rest>.*)$")
_TAG = re.compile(r"\[VSN-granskning [^\]]*\]|\[VSN [^\]]*\]", re.I)


@dataclass
class _Reading:
    actions: list[tuple[Action, str]]
    options: dict[str, object]
    problem: Unclear | None = None


def read_command(text: str, subject: str = "") -> Command | Unclear:
    """The one command in a reply, or why there is none."""
    split = _own_part(text)
    if isinstance(split, Unclear):
        return split
    # The blank line keeps a bare "AVSLÅ" in the subject from taking the body as its reason.
    lines = [_subject_line(subject), "", *split.lines]
    reading = _read(lines)
    if split.text is not None:
        reading.options["text"] = split.text
    if reading.problem is not None:
        return reading.problem
    if not reading.actions and split.text is not None:
        reading.actions.append((Action.EDIT, ""))
    if not reading.actions:
        blank = not any(line.strip() for line in lines)
        return Unclear(Problem.EMPTY if blank else Problem.NO_COMMAND)
    return _combine(reading)


def _own_part(text: str) -> Split | Unclear:
    """The author's lines: above the quote, and below it when the reply is bottom-posted."""
    above, below = split_new_part(text), bottom_part(text)
    if above.unterminated or below.unterminated:
        return Unclear(Problem.UNTERMINATED)
    if above.text is not None and below.text is not None:
        return Unclear(Problem.CONFLICTING)  # two corrected texts: which one is meant?
    edited = above.text if above.text is not None else below.text
    return Split([*above.lines, "", *below.lines] if below.lines else above.lines, edited)


def _subject_line(subject: str) -> str:
    # Only what precedes the tag counts (the mailto links put the command there); the
    # report's own subject after the tag may contain any words at all, and our own prefix
    # before it ("Rättelse publicerad:") is not the moderator's either.
    match = _TAG.search(subject)
    return without_ours(subject[:match.start()]) if match else ""


def _read(lines: list[str]) -> _Reading:
    reading = _Reading([], {})
    i = 0
    while i < len(lines) and reading.problem is None:
        i = _read_line(lines, i, reading)
    return reading


def _read_line(lines: list[str], i: int, reading: _Reading) -> int:
    """Read the line at i (and any continuation lines); the index of the next line."""
    match = _LINE.match(tidy(lines[i]))  # tidy: "Ja, godkänn" reads as "godkann"
    folded = fold(match.group("word")) if match else ""
    word = WORDS.get(folded) or _loose_word(folded)
    if match is None or word is None:
        return i + 1  # prose: greetings, explanations, Outlook banners
    sep, rest = match.group("sep"), match.group("rest").strip()
    if word in PARTS:
        return _part(word, sep, rest, lines, i, reading)
    if word in FREE_TEXT:
        if rest and sep not in (":", "-", "–", "—"):
            reading.problem = Unclear(Problem.UNREADABLE, lines[i].strip())
            return i + 1
        if not rest:
            rest, i = _paragraph(lines, i + 1)
            return _free_text(word, rest, reading, i)
        return _free_text(word, rest, reading, i + 1)
    _option_line(word, folded, rest, lines[i], reading)
    return i + 1


def _loose_word(folded: str) -> Word | None:
    if folded in URGENCY_WORDS:
        return Word.URGENCY
    return Word.APPROVE if folded in APPROVE_WORDS else None


def _paragraph(lines: list[str], start: int) -> tuple[str, int]:
    """The lines after a bare 'AVSLÅ:' up to the next blank line: the reason."""
    taken: list[str] = []
    i = start
    while i < len(lines) and lines[i].strip() and not _is_command(lines[i]):
        taken.append(lines[i].strip())
        i += 1
    return " ".join(taken), i


def _part(word: Word, sep: str, rest: str, lines: list[str], i: int, reading: _Reading) -> int:
    if sep != ":":
        return i + 1   # prose that happens to start with "Vad", "Råd" or "Region"
    if rest:
        _set(reading, PARTS[word], rest)
        return i + 1
    taken: list[str] = []
    i += 1
    while i < len(lines) and lines[i].strip() and not _is_command(lines[i]):
        taken.append(lines[i].strip())
        i += 1
    if not taken:
        reading.problem = Unclear(Problem.UNREADABLE, lines[i - 1].strip())
    _set(reading, PARTS[word], "\n".join(taken))
    return i


def _is_command(line: str) -> bool:
    match = _LINE.match(line)
    folded = fold(match.group("word")) if match else ""
    if WORDS.get(folded) in PARTS:
        return match is not None and match.group("sep") == ":"
    return folded in WORDS


def _free_text(word: Word, rest: str, reading: _Reading, next_index: int) -> int:
    if word == Word.TITLE:
        if not rest:
            reading.problem = Unclear(Problem.UNREADABLE, "RUBRIK:")
        _set(reading, "title", rest)
    else:
        reading.actions.append((ACTION_OF[word], rest))
    return next_index


def _option_line(word: Word, folded: str, rest: str, original: str, reading: _Reading) -> None:
    if word in (Word.KEEP, Word.REDACT):
        words = re.findall(r"[^\W\d_]+", fold(rest)) if word == Word.KEEP else []
        if any(w in LETTER_WORDS for w in words):   # BEHÅLL HÄLSNING, alone or with numbers
            _set(reading, "keep_letter", True)
            rest = re.sub(r"[^\W\d_]+", lambda m: "" if fold(m.group()) in LETTER_WORDS
                          else m.group(), rest)
            if not rest.strip(" ,;&+") or fold(rest).strip(" ,;&+") in ("och", "and"):
                return
        numbers = _numbers(rest)
        if not numbers:
            reading.problem = Unclear(Problem.UNREADABLE, original.strip())
        if word == Word.REDACT:
            reading.actions.append((Action.REDACT, ""))
        key = str(word)
        before = reading.options.get(key, ())
        reading.options[key] = tuple(dict.fromkeys((*before, *numbers)))  # type: ignore[misc]
        return
    words = re.findall(r"[^\W\d_]+", fold(rest))
    if word not in BARE:
        # "RÖD" or "Verifierad" alone is an option; "Röd text i rapporten …" is prose.
        if all(w in URGENCY_WORDS or w in FILLERS or WORDS.get(w) == Word.VERIFIED
               for w in words):
            _option_word(folded, reading)
            for extra in words:
                _option_word(extra, reading)
        return
    reading.actions.append((ACTION_OF[word], ""))
    for extra in words:
        if not _option_word(extra, reading):
            reading.problem = Unclear(Problem.UNREADABLE, original.strip())


def _option_word(word: str, reading: _Reading) -> bool:
    if word in URGENCY_WORDS:
        _set(reading, "urgency", URGENCY_WORDS[word])
    elif WORDS.get(word) == Word.VERIFIED:
        _set(reading, "verified", True)
    elif word not in FILLERS:
        return False
    return True


def _numbers(rest: str) -> tuple[int, ...]:
    # "2, 5", "2 5", "2 och 5", "2 & 5": numbers and separators only, nothing else.
    if not re.fullmatch(r"(?:\d+|[\s,;&+]|och|and)+", fold(rest) or "x"):
        return ()
    return tuple(int(n) for n in re.findall(r"\d+", rest))


def _set(reading: _Reading, key: str, value: object) -> None:
    if key in reading.options and reading.options[key] != value:
        reading.problem = Unclear(Problem.CONFLICTING)  # GODKÄNN RÖD ... GODKÄNN GUL
    reading.options[key] = value


def _combine(reading: _Reading) -> Command | Unclear:
    kinds = list(dict.fromkeys(action for action, _ in reading.actions))
    text = reading.options.get("text")
    if len(kinds) != 1:
        return Unclear(Problem.CONFLICTING)
    action = kinds[0]
    if not set(reading.options) <= OPTIONS[action]:
        return Unclear(Problem.CONFLICTING)  # e.g. AVSLÅ with BEHÅLL, or BEHÅLL with new text
    if action == Action.APPROVE and text is not None and reading.options.get("keep"):
        return Unclear(Problem.CONFLICTING)  # finding numbers mean nothing in a new text
    reason = next((r for a, r in reading.actions if a == action and r), None)
    command = Command(action, reason=reason)
    return replace(command, **reading.options)  # type: ignore[arg-type]
