"""A text lower-cased and casefolded once, for the many passes that look for their cues in
it: each lowered the whole text itself, and a 2 KB text's lowering costs as much as a pass's
search of it (ten passes did, a fiftieth of a scan)."""

from __future__ import annotations

import threading


class _Last(threading.local):
    """The text last lowered and casefolded in this thread, and its forms."""

    lower_of: str | None = None
    lower: str = ""
    fold_of: str | None = None
    fold: str = ""


_last = _Last()


def lower_text(text: str) -> str:
    """`text.lower()`, made once for the text being scanned."""
    last = _last
    if last.lower_of is not text:
        last.lower, last.lower_of = text.lower(), text
    return last.lower


def folded_text(text: str) -> str:
    """`text.casefold()`, made once for the text being scanned."""
    last = _last
    if last.fold_of is not text:
        last.fold, last.fold_of = text.casefold(), text
    return last.fold
