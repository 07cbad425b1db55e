"""A quoted title credited after a dash to its author, artist or maker: `"Majvor" – Linnea Ek
(Atlas)`, `"Gunnar" – Sami Berg (4:02)`, `"Tant Ester" – av Karin Wall`.

Longlists, setlists, reading lists and catalogues set a work's title in quotes and its
creator after a dash; the title is whatever the work is called, often a given name. A quoted
stretch of one to four words, each capitalised or a small word inside (`Sigrid i snön`), then
a dash and a capitalised full name (or `av`, `by` and one) is a title; the creator after it is
a person and stays found. A quoted phrase said to someone (`"ring Gunnar" – sedan …`) opens in
lower case, and a nickname after a naming word (`kallas "Hotte" – Håkan Tornberg`) is
someone's: both are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit

_OPEN: Final = "\"“„«'‘"
_CLOSE: Final = "\"”“»'’"
# The dash and the creator's full name after a title's closing quote: – Linnea Ek, - av Karin
# Wall, — by Joy Okafor.
_CREDIT: Final = re.compile(
    r"[,]?[ \t]+[–—-][ \t]+(?:(?:av|by|von|de)[ \t]+)?"
    r"[A-ZÅÄÖÉ][\w'’-]+[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-ZÅÄÖÉ][\w'’-]+")
# A title's words: capitalised, or a small word inside (i, och, of, the, på).
_TITLE: Final = re.compile(r"[A-ZÅÄÖÉ][\w'’-]*(?:[ ](?:[A-ZÅÄÖÉ][\w'’-]*|[a-zåäö]{1,4})){0,3}")
_LONGEST: Final = 40  # characters of a quoted title
# Where a credit can stand at all: a closing quote, then the dash (what _CREDIT opens with).
_QUOTE_THEN_DASH: Final = re.compile(r"[\"”“»'’],?[ \t]+[–—-][ \t]")
# Words that make a quoted word someone's nickname, whatever follows it: kallas "Hotte" –
# Håkan Tornberg, known as "Fia" – Sofia Ek.
_NAMING: Final = frozenset({"kallas", "kallad", "kallade", "kallat", "kallar", "alias", "aka",
                            "heter", "hette", "called", "named", "nicknamed", "som", "as",
                            "smeknamnet", "smeknamn", "nickname"})


def credited_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names inside quoted titles credited to their creator."""
    if not found or _QUOTE_THEN_DASH.search(text) is None:
        return found  # most texts: no closing quote before a dash between words
    return [h for h in found if _title_span(text, h) is None]


def _title_span(text: str, hit: Hit) -> tuple[int, int] | None:
    """The quoted title the hit stands in, when a credit follows it."""
    open_at = text.rfind("\n", max(0, hit.start - _LONGEST), hit.start)
    window = text[max(open_at + 1, hit.start - _LONGEST) : hit.start]
    quote = max(window.rfind(q) for q in _OPEN)
    if quote < 0:
        return None
    start = hit.start - len(window) + quote + 1
    before = text[max(0, start - 1 - _LONGEST) : start - 1].split()
    if before and before[-1].casefold().strip(".,:") in _NAMING:
        return None  # a nickname, then the real name: kallas "Hotte" – Håkan Tornberg
    close = min((i for i in (text.find(q, hit.end, hit.end + _LONGEST) for q in _CLOSE)
                 if i >= 0), default=-1)
    if close < 0 or _TITLE.fullmatch(text, start, close) is None:
        return None
    if _CREDIT.match(text, close + 1) is None:
        return None
    return start, close
