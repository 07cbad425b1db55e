"""What every recognizer here shares: regexes in, scored Presidio results out.

A recognizer is a table of compiled patterns plus one `judge` method that looks at a match
(and the words before it) and returns a score, or None to drop it. Cue words are matched
by the recognizer itself, because Swedish cues decide, not only boost: an invalid personnummer
is still reported when `pnr` stands before it.
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Collection
from typing import Any, ClassVar, Final, NamedTuple

from presidio_analyzer import EntityRecognizer, RecognizerResult

from mailgate.scan.recognizers.leading import Scanner
from mailgate.scan.recognizers.lowered import lower_text
from mailgate.scan.recognizers.prefilter import prefiltered

_WORD: Final = re.compile(r"[^\W\d_]+(?:[-.:/][^\W\d_]+)*")


class Hit(NamedTuple):
    """A span a recognizer wants to report, before it becomes a finding. A named tuple: a
    frozen dataclass took 1 µs to build (a dense MB makes 100 000)."""

    start: int
    end: int
    score: float


def furthest_ends(found: list[Hit]) -> dict[int, int]:
    """Each start of a hit and the furthest end of the hits there: whether a span is already
    found is then one look-up (`ends.get(start, -1) >= end`)."""
    ends: dict[int, int] = {}
    for h in found:
        ends[h.start] = max(h.end, ends.get(h.start, 0))
    return ends


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """Lower-cased words in the `chars` characters before `start`, nearest last."""
    return list(_words(text[max(0, start - chars) : start]))


@functools.lru_cache(maxsize=1 << 12)
def _words(window: str) -> tuple[str, ...]:
    # Four recognizers ask for the words before the same number (a dense MB: 55,000 times
    # each), one after another over a piece of a long text: 4,096 windows hold a piece's.
    return tuple(map(str.lower, _WORD.findall(window)))  # no groups: whole matches


_KNOWN_LIMIT: Final = 50_000


class Cues:
    """A cue table prepared for matching: exact words, long cues also as prefix or suffix.

    Long cues match Swedish compounds: `personnumret` (prefix), `hemtelefon` (suffix).
    """

    def __init__(self, words: Collection[str]) -> None:
        self.exact = frozenset(words)
        self.prefixes = tuple(w for w in words if len(w) >= 4)
        self.suffixes = tuple(w for w in words if len(w) >= 5)
        # Each word's answer, kept: the same few words stand before most numbers.
        self.known: dict[str, bool] = {}

    def match(self, word: str) -> bool:
        known = self.known.get(word)
        if known is None:
            if len(self.known) >= _KNOWN_LIMIT:
                self.known.clear()  # a long-running worker meets new words for ever
            known = self.known[word] = word in self.exact or word.startswith(
                self.prefixes) or word.endswith(self.suffixes)
        return known


_prepared: Final[dict[frozenset[str], Cues]] = {}


def has_cue(words: list[str], cues: frozenset[str], last: int = 4) -> bool:
    """True when one of the `last` words is a cue."""
    table = _prepared.get(cues)
    if table is None:
        table = _prepared.setdefault(cues, Cues(cues))
    tail = words[-last:]
    # Most words were met before: their answers read in C, a method call only for new ones.
    known = list(map(table.known.get, tail))
    if True in known:
        return True
    return None in known and any(map(table.match, tail))


def cue_within(text: str, start: int, cues: frozenset[str], chars: int = 40, last: int = 4
               ) -> bool:
    """`has_cue(words_before(text, start, chars), cues, last)`, answered at once where no cue
    is part of the window's text: a word matches a cue only when it holds the cue (equal,
    starting or ending with it), so the cue stands in the window too. A dense text asks
    four recognizers about 40 000 numbers, and most windows hold no cue of theirs."""
    lo = max(0, start - chars)
    # `_holds(text, lo, start, cues)` read here: the places of this text and table are
    # most often known already (a call less for each of 95 000 numbers per dense MB).
    here = _cue_places
    places = here.places.get(cues) if here.text is text else None
    if places is None:
        if _asked(here, text, cues) <= _ASKED_DIRECTLY:
            return has_cue(words_before(text, start, chars), cues, last)
        holds = _holds(text, lo, start, cues)
    else:
        starts, first_ends = places
        i = bisect.bisect_left(starts, lo)
        holds = i < len(starts) and first_ends[i] <= start
    return holds and has_cue(words_before(text, start, chars), cues, last)


# A report asks a table about a dozen numbers: its words asked at once cost less than the
# table's places in the whole text (a search of all of it), which pay off in dense texts.
_ASKED_DIRECTLY: Final = 24


def _asked(here: _CuePlaces, text: str, cues: frozenset[str]) -> int:
    """How often this text has asked about `cues`, this time included."""
    if here.asked_text is not text:
        here.asked_text, here.asked = text, {}
    n = here.asked[cues] = here.asked.get(cues, 0) + 1
    return n


def window_holds(window: str, cues: frozenset[str]) -> bool:
    """True when a cue is part of `window` lower-cased (no cue has a sigma, the one letter
    whose lower case depends on the next)."""
    return _any_of(cues).search(window.lower()) is not None


class _CuePlaces(threading.local):
    """Where the cues of each table stand in the text last asked about, in this thread."""

    text: str | None = None
    lowered: str = ""
    places: dict[frozenset[str], tuple[list[int], list[int]]]
    asked_text: str | None = None  # the text `asked` counts for
    asked: dict[frozenset[str], int]

    def __init__(self) -> None:
        self.places = {}
        self.asked = {}


_cue_places: Final = _CuePlaces()


def _holds(text: str, lo: int, hi: int, cues: frozenset[str]) -> bool:
    """`window_holds(text[lo:hi], cues)`, from the places of the cues in the whole text,
    found once per text and table (one search of the text, not one per window)."""
    here = _cue_places
    if here.text is not text:
        lowered = lower_text(text)
        if len(lowered) != len(text):  # `İ` lower-cased is two characters: no offsets
            return window_holds(text[lo:hi], cues)
        here.text, here.lowered, here.places = text, lowered, {}
    places = here.places.get(cues)
    if places is None:
        places = here.places[cues] = _places(here.lowered, _any_of(cues))
    starts, first_ends = places
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and first_ends[i] <= hi


def _places(lowered: str, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Every place a cue starts in `lowered`, overlapping ones too (a cue may start inside
    another: a window may cut the first off), and for each the first end of a cue starting
    there or later: a window [lo, hi) holds a cue when the first cue starting at lo or
    later ends by hi (no loop over the cues inside it)."""
    # A search from each start on, not finditer over a lookahead `(?=(...))`: the pattern's
    # first characters let `re` skip to a cue, a leading lookahead does not (2.5 times slower).
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    while (match := pattern.search(lowered, pos)) is not None:
        starts.append(match.start())
        ends.append(match.end())
        pos = match.start() + 1
    first_ends: list[int] = []
    least = len(lowered) + 1
    for end in reversed(ends):
        least = min(least, end)
        first_ends.append(least)
    first_ends.reverse()
    return starts, first_ends


@functools.cache
def _any_of(cues: frozenset[str]) -> re.Pattern[str]:
    # Only whether one is there counts: a cue holding another (`telnr`, `tel`) is left out,
    # and the rest are a tree by their letters (`t(?:el|fn|lf)`), which `re` tries four
    # times faster than a flat list.
    least = [cue for cue in cues if not any(other in cue for other in cues if other != cue)]
    return re.compile(alternation(least))


def alternation(words: list[str]) -> str:
    """One alternation matching exactly `words` (none a prefix of another), shared starts
    factored out."""
    heads: dict[str, list[str]] = {}
    for word in words:
        heads.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(head) + (alternation(rests) if rests != [""] else "")
                for head, rests in sorted(heads.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class RegexRecognizer(EntityRecognizer):
    """Base for recognizers made of regexes and a judge."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[Scanner, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # A pattern led by a word list is tried only where its first two characters stand
        # (prefilter.py); the matches are the pattern's own, so `match.re is NAME` holds.
        super().__init_subclass__(**kwargs)
        if "PATTERNS" in vars(cls):  # not cls.__dict__: mypyc (setup.py) refuses it
            cls.PATTERNS = tuple(prefiltered(p) if isinstance(p, re.Pattern) else p
                                 for p in cls.PATTERNS)

    def __init__(self, language: str) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=language,
            name=type(self).__name__,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        """Score one match; None drops it. Default: the whole match at 0.5."""
        return Hit(match.start(), match.end(), 0.5)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found: list[Hit] = []
        for pattern in self.PATTERNS:
            for match in pattern.finditer(text):
                hit = self.judge(match, text)
                if hit is not None:
                    found.append(hit)
        return found

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [self.result(hit) for hit in self.hits(text, nlp_artifacts)]

    def result(self, hit: Hit) -> RecognizerResult:
        # No AnalysisExplanation: the engine never asks for the decision process, and Presidio
        # would drop it before returning (one object less per finding, 55,000 per dense MB).
        name = type(self).__name__
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=hit.start,
            end=hit.end,
            score=hit.score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
