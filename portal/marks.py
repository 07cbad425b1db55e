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
from typing import Any, NamedTuple

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
    return _spans(text, low, found, 0, len(text))


def _spans(text: str, low: str, found: Sequence[str], lo: int,
           hi: int) -> list[tuple[int, int]]:
    """spans() of text[lo:hi], as positions in text, from its lower case `low` (of the
    same length): a snippet is marked in the text it was cut from, lowered once."""
    starts: list[int] = []
    for word in found:
        at = low.find(word, lo, hi)
        while at >= 0:
            if at == lo or not ((c := low[at - 1]).isalnum() or c == "_"):   # _is_word
                starts.append(at)
            at = low.find(word, at + 1, hi)
    if not starts:
        return []
    if len(found) > 1:   # one word's starts come in order, each once
        starts = sorted(set(starts))
    tail = _TAIL.match   # \w* always matches, if only nothing
    return [(at, tail(text, at, hi).end()) for at in starts]  # type: ignore[union-attr]


def _spans_by_pattern(text: str, found: Sequence[str]) -> list[tuple[int, int]]:
    if not found:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in found) + r")\w*",
                         re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def highlight(text: str, searched: Sequence[str]) -> Markup:
    """The text, escaped, with every word starting like a searched word in <mark>."""
    found = spans(text, searched)
    if not found:
        return escape(text)
    return _marked(text, found, 0, len(text))


# Marks go in as two control characters, the piece is escaped once as a whole, and the
# characters become tags: escaping each piece between marks on its own cost more than
# finding the matches. A text that holds either character is escaped piece by piece.
_OPEN, _CLOSE = "\x02", "\x03"


def _marked(text: str, found: list[tuple[int, int]], lo: int, hi: int, before: str = "",
            after: str = "") -> Markup:
    """text[lo:hi] between `before` and `after` (neither needing escaping), escaped, the
    spans found in it marked."""
    if _OPEN in text or _CLOSE in text:
        return _marked_slowly(text, found, lo, hi, before, after)
    out: list[str] = [before]
    last = lo
    for start, end in found:
        out += (text[last:start], _OPEN, text[start:end], _CLOSE)
        last = end
    out += (text[last:hi], after)
    # str.replace, not Markup.replace: that would escape the tags put in
    marked = str.replace(escape("".join(out)), _OPEN, "<mark>")
    return Markup(marked.replace(_CLOSE, "</mark>"))


def _marked_slowly(text: str, found: list[tuple[int, int]], lo: int, hi: int, before: str,
                   after: str) -> Markup:
    out: list[str] = [before]
    last = lo
    for start, end in found:
        out += (escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>")
        last = end
    out += (escape(text[last:hi]), after)
    return Markup("".join(out))


def excerpt(text: str, searched: Sequence[str], width: int = 300) -> str:
    """About `width` characters of the text around its first match."""
    start, end = _around(_first(text, searched), len(text), width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _around(first: int | None, length: int, width: int) -> tuple[int, int]:
    start = max(0, first - width // 3) if first is not None else 0
    return start, min(length, start + width)


def _first(text: str, found: Sequence[str]) -> int | None:
    """Where the first match starts (spans()[0], without finding every match)."""
    low = text.lower()
    if len(low) != len(text):
        every = _spans_by_pattern(text, found)
        return every[0][0] if every else None
    return _first_in(low, found)


def _first_in(low: str, found: Sequence[str]) -> int | None:
    first: int | None = None
    for word in found:   # only before the first found so far: a match starting there
        limit = None if first is None else first + len(word) - 1
        at = low.find(word, 0, limit)
        while at > 0 and _is_word(low[at - 1]):
            at = low.find(word, at + 1, limit)
        if at >= 0:
            first = at
    return first


def snippet(text: str, searched: Sequence[str], width: int = 300) -> Markup:
    """The excerpt around the first match, escaped, matches marked: marked in the text
    it is cut from, lowered once for finding the first match and every match after."""
    low = text.lower()
    if len(low) != len(text):   # go slowly, as spans() does
        return highlight(excerpt(text, searched, width), searched)
    start, end = _around(_first_in(low, searched), len(text), width)
    before, after = "…" if start else "", "…" if end < len(text) else ""
    found = _spans(text, low, searched, start, end)
    if not found:
        return escape(before + text[start:end] + after)
    return _marked(text, found, start, end, before, after)


class Hit(NamedTuple):
    """One search hit as the page shows it: the event's listed columns, its title marked
    and the marked excerpt of its text (made here, not by calls from the template: each
    call there cost more than the marking itself). A named tuple, not a frozen dataclass:
    as immutable, and made in a quarter of the time (20 per page of hits)."""

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
