"""A name spelt another way in the same text: `Zubair Rahimi ... Zobair`, `Oskar Hagglund
eller Häggund`, `A. Nilsson, B. Nilson, Anders Nillson`.

Writers who met a name only by ear or on a label spell it as they heard it, and lists of
aliases give the same name in several spellings. A capitalised word one letter away from a
word of a whole name found nearby (one letter changed, added or dropped inside the word,
diacritics aside) is that name again. Not when it is an ordinary, English or German word,
a place, a substance or a title (`Jonas Krona ... Kronan`, `Ida Kalmer ... från Kalmar`),
stands beside a capitalised word no list names (a firm's or place's name: `Sandells
Bageri`), or only adds a letter at the end (`Soran`, `Sorani`: a language). A single word
found on weaker grounds vouches for no others.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_FULL
from mailgate.scan.recognizers.textindex import tokens_inside
from mailgate.scan.recognizers.words import Tok

SCORE_VARIANT: Final = 0.55
FOREIGN_WORDS: Final = ("english_words", "german_nouns", "places_abroad")
# Shorter words are one letter away from too many others (Berg, Borg, Bergs).
MIN_LENGTH: Final = 6
# Another spelling is given beside the name (`Hagglund eller Häggund`, a list of aliases);
# a word like a name far off in a long text is more often a word of its own.
NEAR: Final = 150
NEAR_TOKENS: Final = 40  # tokens either side that may lie within NEAR characters


def spelling_variants(toks: list[Tok], found: list[Hit], inside: set[int]) -> list[Hit]:
    """Capitalised words near a whole name, outside the names found, that spell one of its
    words anew. Only tokens near a name are read, and a word's length before its
    letters."""
    full = [h for h in found if h.score >= SCORE_FULL]
    if not full:
        return []
    places = sorted(i for i in tokens_inside(toks, full) if _a_source(toks[i]))
    if not places:
        return []
    sources = [_bare(toks[i].folded) for i in places]
    starts = [toks[i].start for i in places]  # in order: a window of them by bisection
    lengths = {len(w) + d for w in sources for d in (-1, 0, 1)}
    words = set(sources)
    out = []
    for t in _near(toks, places):
        if not t.capital or len(t.text) not in lengths or t.index in inside or not t.alpha:
            continue
        near = sources[bisect_left(starts, t.start - NEAR) : bisect_right(starts, t.start + NEAR)]
        if not near:
            continue
        other = _bare(t.folded)
        if other not in words and any(_one_apart(other, w) for w in near) and (
                _a_free_word(t)) and not (_beside_a_word(t, toks) or _a_foreign_word(t.folded)):
            out.append(Hit(t.start, t.end, SCORE_VARIANT))
    return out


# The diacritics a keyboard drops (Häggund for Hägglund): a table, not Unicode's
# decomposition (names.plain), which costs some 15 µs a word.
_BARE: Final = str.maketrans("åäöéèëüúùóòáàíìçñøæ", "aaoeeeuuuooaaiicnoa")


def _bare(folded: str) -> str:
    return folded.translate(_BARE)


def _near(toks: list[Tok], places: list[int]) -> list[Tok]:
    """The tokens within NEAR_TOKENS of the (sorted) places, each once."""
    out: list[Tok] = []
    end = 0
    for i in places:
        lo, hi = max(end, i - NEAR_TOKENS), min(len(toks), i + NEAR_TOKENS + 1)
        if lo < hi:
            out += toks[lo:hi]
            end = hi
    return out


def _a_source(t: Tok) -> bool:
    """A name's word long enough to be misspelt recognisably."""
    return t.alpha and len(t.text) >= MIN_LENGTH and not t.particle


def _a_free_word(t: Tok) -> bool:
    """No word, place, substance, title or label of its own (those are a name's only by
    their list or a cue, judged elsewhere)."""
    info = t.info
    return not (info.common or info.negative or t.drug_word or t.is_cue_word or t.label
                or t.institution or t.after_place_word or t.in_negative_phrase
                or t.line_is_shouting or t.quoted)


def _beside_a_word(t: Tok, toks: list[Tok]) -> bool:
    """Next to a capitalised word no list names: a firm's or a place's name (`Nilsons
    Bageri`), not a person's."""
    return any(0 <= i < len(toks) and toks[i].capital and not toks[i].info.name
               and not toks[i].initial for i in (t.index - 1, t.index + 1))


def _a_foreign_word(folded: str) -> bool:
    """An English or German word, or a place abroad (Burger beside Berger, Bremen)."""
    return any(folded in lexicon.entries(name) for name in FOREIGN_WORDS)


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped (not the same word)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    # A letter added at the end makes another word of a name: Soran, Sorani (a language);
    # Karl, Karla. Inside the word it is a slip: Hagglund, Häggund.
    return i < len(short) and short[i:] == long_[i + 1:]
