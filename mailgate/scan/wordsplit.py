"""spaCy's tokens for a text, each whitespace-free stretch tokenized once per process.

spaCy splits a text at whitespace and tokenizes each stretch on its own (prefixes,
suffixes, infixes, exceptions), with a cache of stretches already seen. That cache stops
filling for the rest of a text at its first exception (a line end is one), and holds
10,000 stretches: over a long text nearly every stretch was tokenized afresh (1.7 s per
MB of dense personal data). Here we do spaCy's whitespace walk ourselves and keep each
stretch's tokens, and spaCy tokenizes only the stretches we have not met, all in one call.

A dense text has a new stretch per personnummer or phone number: `(850312-1234),`,
`070-123`. spaCy's rules treat every digit alike and no exception holds such a number
(tests/scan/test_wordsplit.py compares over the corpora and random numbers), so stretches
of one shape (`NUMBERISH`, digits made 0: `(000000-0000),`) share the cuts of the first
of them spaCy tokenized. Words of letters alone, or with one mark of punctuation after
them, are cut here by the rule spaCy follows for them (`_plain_cuts`): two thirds of a text's
new stretches, and half the cost of a report's first scan went to spaCy tokenizing them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Container
from typing import Final

from spacy.attrs import IDX
from spacy.tokenizer import Tokenizer

from mailgate.scan import wordshapes
from mailgate.scan.wordshapes import Segments

CACHE_LIMIT: Final = 100_000  # stretches remembered (~15 MB); beyond, the next text starts afresh
_PARTS: Final = re.compile(r"(\S+)")  # split at each word, kept
SEPARATOR: Final = "\n"

# Digit runs of two or more (single digits have exceptions: `8)`), joined by dashes, in
# parentheses or brackets, with a comma, full stop, colon or semicolon after.
NUMBERISH: Final = re.compile(r"[(\[]?[0-9]{2,}(?:-[0-9]{2,})*[)\]]?[,.:;]?")
_ZEROS: Final = str.maketrans("123456789", "000000000")
# Marks spaCy always cuts off a word of letters; a full stop only after a small letter of
# these (after a capital it may be an initial, `A.`; after other scripts it stays on).
_CUT_MARKS: Final = frozenset(",;:!?")
_STOP_AFTER: Final = frozenset("abcdefghijklmnopqrstuvwxyzåäöüéèæøáíóúñçšžčłńśźż")
_UNKNOWN: Final = (-1,)  # a stretch only spaCy can cut

# A stretch's tokens: None when it is one token, itself; else each token's offset in it.
Split = tuple[int, ...] | None


class WordSplitter:
    """The tokens spaCy's `tokenizer` gives a text, as words and their start offsets."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self._cache: dict[str, Split] = {}
        self._shapes: dict[str, Split] = {}  # a NUMBERISH stretch's shape: its cuts
        self._lettered: dict[str, Segments | None] = {}  # a wordshapes shape: its cuts
        self._exceptions = frozenset(tokenizer.rules or ())  # `Mvh`, `hörru`, `kl.`
        self._longest = max(map(len, self._exceptions), default=0)
        self._lock = threading.Lock()

    def split(self, text: str) -> tuple[list[str], list[int]]:
        at, stretches = _stretches(text)
        cache = self._learn(stretches)
        words: list[str] = []
        starts: list[int] = []
        word, start_at = words.append, starts.append
        for start, stretch, cuts in zip(at, stretches, map(cache.__getitem__, stretches),
                                     strict=True):
            if cuts is None:
                word(stretch)
                start_at(start)
                continue
            ends = (*cuts[1:], len(stretch))
            for a, b in zip(cuts, ends, strict=True):
                word(stretch[a:b])
                start_at(start + a)
        return words, starts

    def _learn(self, stretches: list[str]) -> dict[str, Split]:
        """A cache holding every one of `stretches`: spaCy tokenizes those it lacks.

        Another thread may start a fresh cache meanwhile; this call fills and returns the
        one it took, so its caller finds every stretch there."""
        with self._lock:
            if len(self._cache) > CACHE_LIMIT:
                self._cache, self._shapes, self._lettered = {}, {}, {}
            cache, shapes, lettered = self._cache, self._shapes, self._lettered
        new = list(dict.fromkeys(s for s in stretches if s not in cache))
        plan = _Plan(shapes, lettered, cache, self._exceptions, self._longest)
        plan.sort(new)
        if plan.words:
            cache.update(zip(plan.words, self._tokenize_apart(plan.words), strict=True))
        for s, shape in plan.numbers.items():
            if s in cache:
                shapes.setdefault(shape, cache[s])
        for s, shape in plan.numbers.items():
            cache[s] = shapes[shape]
        self._fit_shapes(plan.shaped, lettered, cache)
        for space in (s for s in new if s[0].isspace()):
            cache[space] = _cuts(self.tokenizer(space).to_array(IDX).tolist())
        return cache

    def _fit_shapes(self, shaped: dict[str, str], lettered: dict[str, Segments | None],
                    cache: dict[str, Split]) -> None:
        """Cut each stretch as the first of its shape was; spaCy cuts those of a shape whose
        cuts do not carry over."""
        for s, shape in shaped.items():
            if s in cache:
                lettered.setdefault(shape, wordshapes.segment_cuts(s, cache[s]))
        apart = [s for s, shape in shaped.items() if s not in cache and lettered[shape] is None]
        if apart:
            cache.update(zip(apart, self._tokenize_apart(apart), strict=True))
        for s, shape in shaped.items():
            if s not in cache:
                cache[s] = wordshapes.char_cuts(s, lettered[shape] or (0,))

    def _tokenize_apart(self, words: list[str]) -> list[Split]:
        """Each stretch's tokens, from one spaCy call. Stretches are joined by line ends,
        which become tokens of their own: no exception or rule reaches across them."""
        offsets = self.tokenizer(SEPARATOR.join(words)).to_array(IDX).tolist()
        out: list[Split] = []
        k, at = 0, 0
        for word in words:
            end = at + len(word)
            first = k
            while k < len(offsets) and offsets[k] < end:
                k += 1
            out.append(_cuts([o - at for o in offsets[first:k]]))
            k += 1  # the separator's token
            at = end + len(SEPARATOR)
        return out


class _Plan:
    """Which new stretches spaCy must cut: none `_plain_cuts` cuts or a known shape fits,
    and one NUMBERISH stretch and one wordshapes stretch per shape not yet cut. Plain
    words' and known shapes' cuts go straight into `cache`."""

    def __init__(self, shapes: dict[str, Split], lettered: dict[str, Segments | None],
                 cache: dict[str, Split], exceptions: frozenset[str], longest: int) -> None:
        self.shapes, self.lettered, self.cache = shapes, lettered, cache
        self.exceptions, self.longest = exceptions, longest
        self.words: list[str] = []
        self.numbers: dict[str, str] = {}  # a new NUMBERISH stretch: its shape
        self.shaped: dict[str, str] = {}  # a new stretch of a shape not cut yet: its shape
        self._sent: set[str] = set()  # shapes of the stretches spaCy is given

    def sort(self, new: list[str]) -> None:
        for s in new:
            if s[0].isspace():
                continue
            cuts = _plain_cuts(s, self.exceptions)
            if cuts != _UNKNOWN:
                self.cache[s] = cuts
            elif NUMBERISH.fullmatch(s):
                self.numbers[s] = self._send_first(s, s.translate(_ZEROS), self.shapes)
            elif (shape := wordshapes.shape(s, self.exceptions, self.longest)) is None:
                self.words.append(s)
            elif shape in self.lettered:
                known = self.lettered[shape]
                if known is None:
                    self.words.append(s)
                else:
                    self.cache[s] = wordshapes.char_cuts(s, known)
            else:
                self.shaped[s] = self._send_first(s, shape, self.lettered)

    def _send_first(self, stretch: str, shape: str, known: Container[str]) -> str:
        if shape not in known and shape not in self._sent:
            self.words.append(stretch)  # the first of its shape
            self._sent.add(shape)
        return shape


def _plain_cuts(stretch: str, exceptions: frozenset[str]) -> Split:
    """spaCy's cuts of a word of letters (none), or of one with a comma, semicolon, colon,
    `!`, `?` or a full stop after a small letter (the mark apart); `_UNKNOWN` for any other
    stretch or an exception. tests/scan/test_wordsplit.py holds this to spaCy's own cuts."""
    if stretch.isalpha():
        return _UNKNOWN if stretch in exceptions else None
    word, mark = stretch[:-1], stretch[-1]
    if not word.isalpha() or stretch in exceptions or word in exceptions:
        return _UNKNOWN
    if mark in _CUT_MARKS or (mark == "." and word[-1] in _STOP_AFTER):
        return (0, len(word))
    return _UNKNOWN


def _cuts(offsets: list[int]) -> Split:
    return None if offsets == [0] else tuple(offsets)


def _stretches(text: str) -> tuple[list[int], list[str]]:
    """spaCy's walk over a text: every stretch without whitespace, and every stretch of
    whitespace except a single space after a word (which spaCy drops), with its start.
    Read from `re.split`'s alternation of whitespace and words (in C), not from a match
    object per word: a dense MB has 100 000 stretches."""
    parts = _PARTS.split(text)  # whitespace (maybe empty), word, whitespace, ..., whitespace
    starts: list[int] = []
    out: list[str] = []
    lead = parts[0]
    if lead:
        starts.append(0)  # whitespace opening the text is kept whole
        out.append(lead)
    pos = len(lead)
    rest = iter(parts)
    next(rest)
    for word, gap in zip(rest, rest, strict=True):  # (word, the whitespace after it)
        starts.append(pos)
        out.append(word)
        pos += len(word)
        if gap:
            if gap[0] != " ":
                starts.append(pos)
                out.append(gap)
            elif len(gap) > 1:
                starts.append(pos + 1)  # the space right after a word is no token
                out.append(gap[1:])
            pos += len(gap)
    return starts, out
