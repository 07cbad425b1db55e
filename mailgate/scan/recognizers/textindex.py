"""What PERSON's helpers look up in all of a text's tokens at once, built once per text and
kept on its `Place`: the index of tokens by start, the set of token texts and of their
folded forms, the capital initials; and what is asked of the whole text from them (is it
Norwegian or Danish). A list of tokens made otherwise (a slice) is read
token by token."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from itertools import chain
from operator import itemgetter
from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.wordfacts import word_facts
from mailgate.scan.recognizers.words import Place, Tok


def tokens_inside(toks: list[Tok], found: list[Hit]) -> set[int]:
    """Indexes of the tokens that lie within a hit."""
    get = index_by_start(toks).get
    out: set[int] = set()
    add, last = out.add, len(toks)
    for start, end, _ in found:  # unpacked: a piece of a dense text has 6 000 hits
        i = get(start)
        if i is None:
            continue
        while i < last and toks[i].end <= end:
            add(i)
            i += 1
    return out


def index_by_start(toks: list[Tok]) -> dict[int, int]:
    """Each token's index by its start; built once per text (PERSON asks three times)."""
    place = toks[0].place if toks else None
    if place is None or place.toks is not toks:
        return {t.start: t.index for t in toks}
    if place.starts is None:
        starts = place.word_starts  # the same starts in the same order
        # By zip, not a comprehension: a piece of a dense text has 20 000 tokens.
        place.starts = (dict(zip(starts, range(len(starts)), strict=True))
                        if starts is not None else {t.start: t.index for t in toks})
    return place.starts


_FOLDED: Final = itemgetter(5)  # of word_facts: the token's `folded`


def _place_of(toks: list[Tok]) -> Place | None:
    """The place `toks` are the tokens of (None for a list made otherwise, or released)."""
    place = toks[0].place if toks else None
    return place if place is not None and place.toks is toks else None


def token_texts(toks: list[Tok]) -> frozenset[str]:
    """Every token's text; built once per text (an acronym is looked for per run of names)."""
    place = _place_of(toks)
    if place is None:
        return frozenset(t.text for t in toks)
    if place.texts is None:
        # The keys of `positions` (built for the passes anyway): a set of 3 000 distinct
        # texts, not of 20 000 token texts.
        place.texts = frozenset(positions(toks))
    return place.texts


def capital_initials(toks: list[Tok]) -> str:
    """One character per token: a capitalised token's first, NUL for any other. n capitalised
    tokens in a row whose first letters spell a word are where the word stands in it."""
    place = _place_of(toks)
    if place is None:
        return "".join(t.text[:1] if t.capital else "\0" for t in toks)
    if place.initials is None:
        place.initials = "".join(t.text[:1] if t.capital else "\0" for t in toks)
    return place.initials


def positions(toks: list[Tok]) -> dict[str, list[int]]:
    """Each distinct token text and the indexes of its tokens, ascending; built once per text
    (a pass that looks for a few kinds of word reads their places here, not every token)."""
    place = _place_of(toks)
    if place is not None and place.at is not None:
        return place.at
    at: defaultdict[str, list[int]] = defaultdict(list)
    words = place.words if place is not None else None
    for i, text in enumerate(words if words is not None else [t.text for t in toks]):
        at[text].append(i)
    out = dict(at)
    if place is not None:
        place.at = out
    return out


def indexes_where(toks: list[Tok], test: Callable[[str], bool]) -> list[int]:
    """Ascending indexes of the tokens whose text passes `test`, a fact of the word alone: a
    pass whose every step first asks a fact of the word itself (its text, list entry,
    capital) need read no other token. The list may be shared: not to be changed."""
    place = _place_of(toks)
    if place is None:
        lists = [found for text, found in positions(toks).items() if test(text)]
    else:
        bit = _TEST_BITS.get(test)
        if bit is None:
            bit = _add_test(test)
        if place.passing is None or len(place.passing) != len(_WORD_TESTS):  # a test added
            place.passing = _passing(positions(toks))
        lists = place.passing[bit]
    if len(lists) == 1:
        return lists[0]
    return sorted(chain.from_iterable(lists))


# Every test asked of indexes_where, and which tests each word met passes, as bits: some
# sixteen passes asked each of a text's distinct words (a third of them new to the process)
# one Python call per word and test; a word's answers are now read from one dict lookup.
_WORD_TESTS: Final[list[Callable[[str], bool]]] = []
_TEST_BITS: Final[dict[Callable[[str], bool], int]] = {}
_word_bits: dict[str, int] = {}
_KNOWN_WORDS: Final = 100_000  # words kept; a long-running worker meets new ones for ever


def _add_test(test: Callable[[str], bool]) -> int:
    """A test's bit (each is added at its first use, in warm_up's scan before any other)."""
    _WORD_TESTS.append(test)
    _word_bits.clear()  # the words known so far lack this test's bit
    bit = _TEST_BITS[test] = len(_WORD_TESTS) - 1
    return bit


def _passing(at: dict[str, list[int]]) -> list[list[list[int]]]:
    """For each test, the index lists of the distinct words that pass it."""
    out: list[list[list[int]]] = [[] for _ in _WORD_TESTS]
    new = [text for text in at if text not in _word_bits]
    if new:
        _learn(new)
    known = _word_bits
    for text, found in at.items():
        bits = known.get(text)
        if bits is None:  # another thread cleared the words meanwhile
            bits = _bits_now(text)
        while bits:
            low = bits & -bits
            out[low.bit_length() - 1].append(found)
            bits ^= low
    return out


def _learn(words: list[str]) -> None:
    """The bits of words not met before, test by test: each test runs over them all in one
    C loop (`filter`), not a call per word and test from a loop of our own."""
    if len(_word_bits) + len(words) > _KNOWN_WORDS:
        _word_bits.clear()
    bits = dict.fromkeys(words, 0)
    for n, test in enumerate(_WORD_TESTS):
        bit = 1 << n
        for word in filter(test, words):
            bits[word] |= bit
    _word_bits.update(bits)


def _bits_now(word: str) -> int:
    return sum(1 << n for n, test in enumerate(_WORD_TESTS) if test(word))


def token_folded(toks: list[Tok]) -> frozenset[str]:
    """Every token's folded form; built once per text from its distinct words (a helper that
    looks for one word in every token asks first whether the text has it at all)."""
    place = _place_of(toks)
    if place is None:
        return frozenset(t.folded for t in toks)
    if place.folded is None:
        place.folded = frozenset(map(_FOLDED, map(word_facts, token_texts(toks))))  # in C
    return place.folded



@functools.lru_cache(maxsize=4)
def lettered(folded: frozenset[str]) -> frozenset[str]:
    """The words of `folded` that end in a letter: the only ones a word's ending (`-båten`,
    `-gatan`) can match. A dense text's distinct words are mostly numbers, and four gates
    ask every word for endings (the set is one object per text: the cache finds it)."""
    return frozenset(w for w in folded if w[-1:].isalpha())


@functools.lru_cache(maxsize=4)
def _by_tail(folded: frozenset[str]) -> dict[str, list[str]]:
    """`lettered(folded)` by each word's last two characters (one per text, for every gate)."""
    out: defaultdict[str, list[str]] = defaultdict(list)
    for word in lettered(folded):
        out[word[-2:]].append(word)
    return dict(out)


def any_ending(folded: frozenset[str], ending: Endings) -> bool:
    """Whether a word of `folded` ends in one of `ending`'s (a gate's test of a text): only
    the words sharing an ending's last two letters are compared with it, and five gates ask."""
    words, tails = _by_tail(folded), ending.by_tail
    fewer, more = (tails, words) if len(tails) < len(words) else (words, tails)
    found = any(tail in more and any(w.endswith(tails[tail]) for w in words[tail])
                for tail in fewer)
    return found or (bool(ending.short) and any(map(ending.of, lettered(folded))))


# Words that Norwegian or Danish writes and Swedish does not.
_NORDIC_MARKERS: Final = frozenset({"jeg", "ikke", "og", "hvad", "hva", "hvor", "hvorfor", "meget",
                                    "mye", "også", "fra", "til", "ble", "være", "vært", "bliver",
                                    "sammen", "neste", "hilsen", "takk", "hvis", "noe", "noen",
                                    "mange", "når", "fordi", "hvordan", "hvem", "venlig",
                                    "vennlig"})


def nordic_text(toks: list[Tok]) -> bool:
    """Two or more words only Norwegian or Danish writes: `jeg`, `ikke`, `og`."""
    return len(token_folded(toks) & _NORDIC_MARKERS) >= 2
