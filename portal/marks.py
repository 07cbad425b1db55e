"""Search hits as members see them: the searched words marked in the title, and an
excerpt of the text around the first match.

A match is a word that starts like a searched word (as the index's prefix terms match:
"tablett" marks "Tabletterna"), case ignored, marked to the end of the word. Found with
str.find on the lowered text and a boundary check rather than one case-insensitive
regular expression, which tried the words at every position of every hit (the larger
part of rendering a page of hits)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from store.search import words

_TAIL = re.compile(r"\w*")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def spans(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every match of the searched words in the text, in order."""
    low = text.lower()
    if len(low) != len(text):   # a character whose lower case is longer: go slowly
        return _spans_by_pattern(text, found)
    starts: set[int] = set()
    for word in found:
        at = low.find(word)
        while at >= 0:
            if at == 0 or not _is_word(low[at - 1]):
                starts.add(at)
            at = low.find(word, at + 1)
    if not starts:
        return []
    tail = _TAIL.match   # \w* always matches, if only nothing
    return [(at, tail(text, at).end()) for at in sorted(starts)]  # type: ignore[union-attr]


def _spans_by_pattern(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    if not found:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in found) + r")\w*",
                         re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


# Characters escape() changes: a text without them is its own escaped form.
_SPECIAL = re.compile(r"[&<>\"']")


def highlight(text: str, searched: Sequence[str]) -> Markup:
    """The text, escaped, with every word starting like a searched word in <mark>."""
    found = spans(text, searched)
    if not found:
        return escape(text)
    plain = _SPECIAL.search(text) is None
    out: list[str] = []
    last = 0
    for start, end in found:
        before, word = text[last:start], text[start:end]
        if not plain:
            before, word = escape(before), escape(word)
        out += (before, "<mark>", word, "</mark>")
        last = end
    out.append(text[last:] if plain else escape(text[last:]))
    return Markup("".join(out))


def excerpt(text: str, searched: Sequence[str], width: int = 300) -> str:
    """About `width` characters of the text around its first match."""
    first = _first(text, searched)
    start = max(0, first - width // 3) if first is not None else 0
    cut = text[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")


def _first(text: str, found: Sequence[str]) -> int | None:
    """Where the first match starts (spans()[0], without finding every match)."""
    low = text.lower()
    if len(low) != len(text):
        every = _spans_by_pattern(text, found)
        return every[0][0] if every else None
    first: int | None = None
    for word in found:   # only before the first found so far: a match starting there
        limit = None if first is None else first + len(word) - 1
        at = low.find(word, 0, limit)
        while at > 0 and _is_word(low[at - 1]):
            at = low.find(word, at + 1, limit)
        if at >= 0:
            first = at
    return first


def snippet(text: str, searched: Sequence[str]) -> Markup:
    """The excerpt around the first match, escaped, matches marked."""
    return highlight(excerpt(text, searched), searched)


@dataclass(frozen=True, slots=True)
class Hit:
    """One search hit as the page shows it: the event's listed columns, its title marked
    and the marked excerpt of its text (made here, not by calls from the template: each
    call there cost more than the marking itself)."""

    reference: str
    title: Markup
    urgency: str
    verified: bool
    region: str
    published_at: datetime
    snippet: Markup


@dataclass(frozen=True)
class Marker:
    """One search's marking, its words split out once for the page's 20 hits."""

    searched: tuple[str, ...]

    def highlight(self, text: str) -> Markup:
        return highlight(text, self.searched)

    def snippet(self, text: str) -> Markup:
        return snippet(text, self.searched)

    def hits(self, rows: Iterable[Any]) -> list[Hit]:
        """Rows with reference, title, urgency, verified, region, published_at and text."""
        searched = self.searched
        return [Hit(r.reference, highlight(r.title, searched), r.urgency, r.verified,
                    r.region, r.published_at, snippet(r.text, searched)) for r in rows]


def marker(query: str) -> Marker:
    return Marker(tuple(words(query)))
