"""The shape of a stretch of Latin letters and punctuation (`(Anna),`, `"Micke".`,
`Anna-Karin:`), so that spaCy cuts one stretch of a shape and the rest take its cuts.

After the words `wordsplit` cuts itself, such stretches were most of what a report's first
scan still sent to spaCy: a word in brackets or quotes, with a comma or full stop after.
spaCy's prefix, suffix and infix rules look at most two characters behind and one ahead,
and tell letters apart only as small or capital: a shape keeps every mark, and of each run
of letters its classes, the first two and the last two of a long run (`(Aa~aa),`). Cuts are
kept as indices of segments (a run of letters, or one other character), so they fit a
stretch whose runs are longer or shorter. A shape whose cuts fall inside a run of letters,
and a stretch holding one of spaCy's exceptions, are cut by spaCy itself
(tests/scan/test_wordsplit.py holds these cuts to spaCy's own).
"""

from __future__ import annotations

import re
from typing import Final

_LATIN: Final = "A-Za-zÀ-ÖØ-öø-ſ"  # spaCy lists every letter of these as small or capital
_LETTERS: Final = re.compile(f"[{_LATIN}]+")
# Letters, marks of punctuation, and full stops before no letter (`a.se` may be a URL's).
_SHAPED: Final = re.compile(
    f"(?:[{_LATIN}]|[()\\[\\]{{}}\"'’‘“”„«»,;:!?*&…/–—-]|\\.(?![{_LATIN}]))+")
_SEGMENT: Final = re.compile(f"[{_LATIN}]+|.", re.S)
_RUN_KEPT: Final = 4  # runs of letters this long or shorter are kept whole in a shape
_MOST_SEGMENTS: Final = 12  # more is rarely met twice: spaCy cuts it
_CLASS: Final = str.maketrans({c: "a" if c.islower() else "A"
                               for c in map(chr, range(0x41, 0x180))
                               if _LETTERS.fullmatch(c)})

# A stretch's cuts as indices of its segments, the first 0.
Segments = tuple[int, ...]


def shape(stretch: str, exceptions: frozenset[str], longest: int) -> str | None:
    """The stretch's shape, or None when spaCy must cut it itself: other characters, a
    URL's `://`, many segments, or one of spaCy's exceptions (`Mvh`, `kl.`, `:)`) where
    spaCy could meet it, from a segment's start to a segment's end (`longest`: the longest
    exception's length)."""
    if _SHAPED.fullmatch(stretch) is None or "://" in stretch:
        return None
    bounds = [m.start() for m in _SEGMENT.finditer(stretch)]
    if len(bounds) > _MOST_SEGMENTS:
        return None
    bounds.append(len(stretch))
    for k, start in enumerate(bounds):
        for end in bounds[k + 1:]:
            if end - start > longest:
                break
            if stretch[start:end] in exceptions:
                return None
    return _LETTERS.sub(_run_shape, stretch)


def _run_shape(run: re.Match[str]) -> str:
    classes = run.group().translate(_CLASS)
    return classes if len(classes) <= _RUN_KEPT else f"{classes[:2]}~{classes[-2:]}"


def segment_cuts(stretch: str, offsets: tuple[int, ...] | None) -> Segments | None:
    """Token starts as segment indices; None when one falls inside a run of letters."""
    if offsets is None:
        return (0,)
    index = {m.start(): k for k, m in enumerate(_SEGMENT.finditer(stretch))}
    if any(o not in index for o in offsets):
        return None
    return tuple(index[o] for o in offsets)


def char_cuts(stretch: str, segments: Segments) -> tuple[int, ...] | None:
    """Token starts in characters from their segment indices (None: one token)."""
    if segments == (0,):
        return None
    starts = [m.start() for m in _SEGMENT.finditer(stretch)]
    return tuple(starts[k] for k in segments)
