"""Word facts that hold only in a German or a Polish text, set on its tokens once.

German capitalises every noun: in a German text `Schwester`, `Klientin` or `Drogenhilfe` is
a word, not a foreign name no list holds, and `Die`, `Ich` or the `bin` of `Ich bin Joost`
are function words (no Arabic `bin`). A capitalised word right after a German article is a
noun too (`der Isar`), but after `von` or `zu` (`von der Heide`, a name's particles).

Polish inflects names: `Pawła Nowaka` is Paweł Nowak in the genitive, `pani Zofii` is Zofia,
`Kowalskiego` Kowalski. A capitalised word no list holds whose base form a list holds as a
name is that name.

A stretch of text is German or Polish by its function words, which Swedish, English and
the Nordic languages do not write (Polish also by its letters, `ł`, `ą`, `ś`): a word list of
another language is never asked of theirs.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.germantext import GERMAN_MARKERS
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import Tok

POLISH_MARKERS = frozenset({
    "się", "jest", "pani", "pan", "oraz", "który", "która", "które", "przez", "dla", "jego",
    "jej", "że", "ale", "czy", "jak", "został", "została", "jestem", "proszę", "nie", "syn",
    "dzień", "dobry", "bardzo", "pozdrawiam", "był", "była", "też", "już", "tylko", "może",
})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem",
                       "einer", "eines"})
_NAME_PARTICLES = frozenset({"von", "zu", "vom", "zur", "van"})
_WORD = names.Word(first=False, last=False, common=True)
_NOUN_AFTER_ARTICLE = names.Word(first=False, last=False, common=True, negative=True)
# Polish endings of a name's cases and the ending of its base form: Nowaka → Nowak,
# Kowalskiego → Kowalski, Kowalskiej → Kowalska, Zofii → Zofia, Anny → Anna, Pawła → Paweł,
# Marka → Marek; the dative's and locative's `-ie` and its altered stems: Mustafie → Mustafa,
# Adamie → Adam, Marcie → Marta, Piotrze → Piotr, Pawle → Paweł, Tomku → Tomek. Longest
# first: the first whose base form is a name decides.
_POLISH_CASES = (
    ("iego", "i"), ("iemu", "i"), ("dzie", "da"), ("cie", "ta"), ("cie", "t"), ("rze", "ra"),
    ("rze", "r"), ("owi", ""), ("iem", ""), ("ie", "a"), ("ie", ""), ("le", "eł"), ("ku", "ek"),
    ("ej", "a"), ("ii", "ia"),
    ("ią", "ia"), ("ię", "ia"), ("ła", "eł"), ("ka", "ek"), ("em", ""), ("ą", "a"), ("ę", "a"),
    ("y", "a"), ("i", "a"), ("a", ""), ("u", ""),
)
WINDOW = 60  # tokens either side that say which language a word stands in
_POLISH_LETTERS = re.compile("[ąęłńśźżćó]")
_CAPITALISED = re.compile(r"^[^\W\d_][^\W\d_]+$")


def adapt_to_language(toks: list[Tok]) -> None:
    """Set the German or Polish facts on the tokens of the stretches written in either."""
    folded = token_folded(toks)
    if len(folded & GERMAN_MARKERS) >= 3:
        _german(toks, _among(toks, GERMAN_MARKERS, 3))
    if len(folded & POLISH_MARKERS) >= 2 or (
            folded & POLISH_MARKERS and any(_POLISH_LETTERS.search(w) for w in folded)):
        _polish(toks, _among(toks, POLISH_MARKERS, 2, _POLISH_LETTERS))


def _among(toks: list[Tok], markers: frozenset[str], needed: int,
           letters: re.Pattern[str] | None = None) -> Callable[[int], bool]:
    """Whether a token stands among `needed` distinct markers of the language, `WINDOW`
    tokens either side (one marker and three words with its letters will do too). Local,
    so that a forwarded German mail in a Swedish thread is German only where it stands,
    and a long text's pieces judge each word as the whole text does."""
    at = [i for i, t in enumerate(toks) if t.folded in markers]
    lettered = [i for i, t in enumerate(toks) if letters and letters.search(t.folded)]

    def near(i: int) -> bool:
        lo, hi = i - WINDOW, i + WINDOW + 1
        found = {toks[j].folded for j in at[bisect_left(at, lo):bisect_left(at, hi)]}
        if len(found) >= needed:
            return True
        return bool(found) and bisect_left(lettered, hi) - bisect_left(lettered, lo) >= 3

    return near


@functools.cache
def german_nouns() -> frozenset[str]:
    return lexicon.entries("german_nouns")


@functools.cache
def _german_stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS

    return frozenset(w.casefold() for w in STOP_WORDS)


def _german(toks: list[Tok], german: Callable[[int], bool]) -> None:
    stops = _german_stop_words()
    for i, tok in enumerate(toks):
        if not (tok.capital or tok.folded in stops) or not german(i):
            continue
        before = toks[i - 1].folded if i else ""
        if tok.folded == "bin" and before == "ich":
            tok.particle, tok.capital, tok.info = False, False, _WORD  # Ich bin Joost
        elif not tok.capital:
            if tok.folded in stops and tok.alpha and not tok.particle:
                tok.info = _WORD  # und, haben: no lower-case names; von der stay particles
        elif tok.info.name:
            if before in _ARTICLES and not (i > 1 and toks[i - 2].folded in _NAME_PARTICLES):
                tok.info = _NOUN_AFTER_ARTICLE  # der Isar; von der Heide stays a name
        elif tok.folded in stops or (_a_german_noun(tok.folded) and not _named_before(toks, i)):
            tok.info = _WORD


# A surname is as often a noun or a compound of one (`Fischer`, `Hoffmann`, `Grünwald`):
# right after a given name or a form of address it is the name's (`Jörg Brenninkmeyer`).
_ADDRESS_FORMS = frozenset({"herr", "frau", "hr", "hr.", "fr", "fr.", "dr", "dr."})


def _named_before(toks: list[Tok], i: int) -> bool:
    if i == 0 or toks[i].line_break_before:
        return False
    before = toks[i - 1]
    return before.capital and (before.folded in _ADDRESS_FORMS or (
        before.info.first and not before.info.common))


def _a_german_noun(folded: str) -> bool:
    """A listed noun, or a compound ending in one (`Drogenhilfe`, `Gastmutter`), German or
    English (`Streetworker`)."""
    nouns, english = german_nouns(), english_words()
    if folded in nouns:
        return True
    return any(folded[i:] in nouns or (len(folded) - i > 4 and folded[i:] in english)
               for i in range(3, len(folded) - 3))


def _polish(toks: list[Tok], polish: Callable[[int], bool]) -> None:
    for i, tok in enumerate(toks):
        if not tok.capital or not polish(i):
            continue
        if i and toks[i - 1].folded == "i":
            tok.after_place_word = False  # Polish `i` is `and`: `winien mi 2000 i Mustafie`
        if not tok.info.name and not tok.info.common and (
                not tok.info.negative and _CAPITALISED.match(tok.text)):
            base = polish_base(tok.text)
            if base is not None:
                tok.info = base


def polish_base(word: str) -> names.Word | None:
    """What the lists say of the word's base form, when that is a name (Nowaka → Nowak)."""
    for ending, base_ending in _POLISH_CASES:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            info = names.lookup(word[: len(word) - len(ending)] + base_ending, frozenset())
            if info.name and not info.common and not info.negative:
                return info
    return None
