"""Inline-marked case text to a scored case: no offset is ever typed by hand.

Marks (README.md has examples):
    [[TYPE:text]]   an identifier of TYPE (PERSON, ID_NUMBER, ... see TYPES); [[QUASI:text]] a
                    detail that points at a person without naming one (a school class)
    {{text}}        a hard negative, a string that must never be flagged; {{drug:text}} also
                    lists it as a substance, medicine, street name or pill stamp
    «kind args»     a generated value (fresh_ids.Ids or fresh_pools.Names), e.g. «pnr 10- bad»;
                    `#label` as last arg remembers it, «#label» repeats it; «tab» is a tab
Generated values are expanded first, then marks are stripped and offsets computed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TYPES = ("PERSON", "ID_NUMBER", "PHONE", "EMAIL", "IBAN", "BANK_ACCOUNT", "IP", "PLATE", "ADDRESS",
         "DATE_OF_BIRTH")
TOKEN = re.compile(r"«([^«»]+)»")
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)

Maker = Callable[[str, list[str]], str]


@dataclass(frozen=True)
class Case:
    id: str
    voice: str
    lang: str
    text: str
    entities: list[dict[str, Any]]
    negatives: list[str] = field(default_factory=list)
    quasi: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "voice": self.voice, "lang": self.lang, "text": self.text,
                "entities": self.entities, "negatives": self.negatives, "quasi": self.quasi}


def expand(source: str, make: Maker) -> str:
    """Replaces every «kind args» token by a generated value, in reading order."""
    remembered: dict[str, str] = {}

    def one(match: re.Match[str]) -> str:
        words = match.group(1).split()
        if words == ["tab"]:
            return "\t"
        if len(words) == 1 and words[0].startswith("#"):
            return remembered[words[0]]
        label = words.pop() if words[-1].startswith("#") else None
        value = make(words[0], words[1:])
        if label:
            remembered[label] = value
        return value

    while TOKEN.search(source):  # inner tokens first: «email «first a» @example.org»
        source = TOKEN.sub(one, source)
    return source


def parse(case_id: str, voice: str, lang: str, marked: str) -> tuple[Case, set[str]]:
    """Strips the marks of an expanded text; the case with computed offsets, and the drug
    names among its negatives."""
    text, pos = "", 0
    entities: list[dict[str, Any]] = []
    quasi: list[dict[str, Any]] = []
    negatives: set[str] = set()
    drugs: set[str] = set()
    for match in MARK.finditer(marked):
        text += marked[pos:match.start()]
        kind, inner, negative = match.groups()
        if negative is not None:
            if negative.startswith("drug:"):
                negative = negative.removeprefix("drug:")
                drugs.add(negative)
            negatives.add(negative)
            text += negative
        else:
            span = {"type": kind, "start": len(text), "end": len(text) + len(inner)}
            (quasi if kind == "QUASI" else entities).append(span)
            text += inner
        pos = match.end()
    text += marked[pos:]
    case = Case(case_id, voice, lang, text, entities, [], quasi)
    check(case)
    kept = kept_negatives(case, negatives)
    return Case(case_id, voice, lang, text, entities, kept, quasi), drugs


def kept_negatives(case: Case, negatives: set[str]) -> list[str]:
    """Drops a negative that is also a word of a person's name here (masking a found name
    everywhere is right) or that also stands inside a longer word (the scorer counts every
    occurrence of the string)."""
    name_words = {w.lower().rstrip("s") for e in case.entities if e["type"] == "PERSON"
                  for w in re.split(r"[\s,.-]+", case.text[e["start"]:e["end"]]) if w}
    kept = []
    for neg in sorted(negatives):
        if neg.lower().rstrip("s") in name_words:
            continue
        if all(_whole_word(case.text, start, len(neg)) for start in _finds(case.text, neg)):
            kept.append(neg)
    return kept


def _finds(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _whole_word(text: str, start: int, length: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[start + length] if start + length < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def check(case: Case) -> None:
    """Raises ValueError when a mark is left in the text, when a span is empty, padded,
    overlapping or of an unknown type, or when an ID_NUMBER is not date-valid."""
    leftover = [m for m in ("[[", "]]", "{{", "}}", "«", "»") if m in case.text]
    if leftover:
        raise ValueError(f"{case.id}: a mark was left in the text (nested marks?): {leftover}")
    last_end = -1
    for ent in sorted(case.entities, key=lambda e: e["start"]):
        span = case.text[ent["start"]:ent["end"]]
        where = f"{case.id}: {ent['type']} {span!r}"
        if ent["type"] not in TYPES:
            raise ValueError(f"{where}: unknown type")
        if not span or span != span.strip() or ent["start"] < last_end:
            raise ValueError(f"{where}: empty, padded or overlapping span")
        if ent["type"] == "ID_NUMBER" and not date_valid(span):
            raise ValueError(f"{where}: not a date-valid personnummer")
        last_end = ent["end"]


def date_valid(number: str) -> bool:
    """True when the digits are 10 or 12 and hold a real date (day + 60 for a
    samordningsnummer)."""
    digits = "".join(c for c in number if c.isdigit())
    if len(digits) not in (10, 12):
        return False
    years = [int(digits[:4])] if len(digits) == 12 else [1900 + int(digits[:2]),
                                                         2000 + int(digits[:2])]
    rest = digits[-8:] if len(digits) == 10 else digits[4:]
    month, day = int(rest[:2]), int(rest[2:4])
    day = day - 60 if day > 60 else day
    for year in years:
        try:
            dt.date(year, month, day)
            return True
        except ValueError:
            continue
    return False
