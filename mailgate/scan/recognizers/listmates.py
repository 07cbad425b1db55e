"""Full names among full names in a list: `Bord 4: Ingrid Berg, Sölve Trask, Olof Persson`,
`Vi tackar Birgitta Olsson, Mild Rosén och Gunnar Lund`.

Two capitalised words that no rule took for a name (unlisted, or a word as a given name:
Mild, Brisk) are one more person when they stand as a whole item of an enumeration whose
other items, two at least, are full names found. An item that reads
as a body's, a place's or a thing's name stays out: a listed phrase or word (`Röda Korset`,
`Malmö Stad`), a drug's word, an acronym (`ICA Maxi`), a definite noun (`Mobila Teamet`,
`Kören Cantabile`), a thing's head word first (`Hotell Linnea`), or ordinary words only, none
listed as a name (`Night Patrol`, `Blue Velvet`; so also `Sunny Bliss`, left).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.listitems import JOINERS
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import Tok

_SIBLINGS: Final = 2  # other items that are names found
_FURTHEST: Final = 6  # items read each way, words read per item
_WORDS: Final = 2  # an item's words: a full name (three read as a body's: Unga Vuxna Team)
# Definite endings of a Swedish noun (`Teamet`, `Tjejerna`) that no name carries; `-en` only
# on an item's first word, as surnames end so (Ottesen) and a body's noun comes first (Kören).
_DEFINITE: Final = ("et", "arna", "orna", "erna")


def list_mates(toks: list[Tok], found: list[Hit], inside: set[int]) -> list[Hit]:
    """Items of two words beside at least two items found as names, in a list."""
    if len(found) < _SIBLINGS:
        return []
    starts = {h.start for h in found}
    out: list[Hit] = []
    for tok in toks:
        if not _opens_an_item(tok, toks, inside):
            continue
        words = _item_words(tok, toks, inside)
        if words and _an_unknown_pair(words) and _beside_names(words, toks, starts, inside):
            out.append(Hit(words[0].start, words[-1].end, SCORE_WEAK))
            inside.update(t.index for t in words)
    return out


def _opens_an_item(tok: Tok, toks: list[Tok], inside: set[int]) -> bool:
    """A capitalised word outside the names found, after a joiner or opening its list."""
    if not tok.capital or not tok.alpha or tok.index in inside:
        return False
    i = tok.index - 1
    return i < 0 or toks[i].folded in JOINERS or toks[i].text == ":" or (
        tok.line_break_before)


def _item_words(tok: Tok, toks: list[Tok], inside: set[int]) -> list[Tok]:
    """The item's words when all are capitalised, none found, and a joiner or the list's
    end follows them."""
    words: list[Tok] = []
    i = tok.index
    while i < len(toks) and toks[i].alpha and toks[i].capital and i not in inside and (
            not toks[i].line_break_before or i == tok.index):
        words.append(toks[i])
        i += 1
    ends = i >= len(toks) or toks[i].line_break_before or toks[i].folded in JOINERS or (
        toks[i].text in (".", ";", "?", "!"))
    return words if ends and len(words) == _WORDS else []


def _an_unknown_pair(words: list[Tok]) -> bool:
    first = words[0]
    if a_thing_head(first) or (first.folded.endswith("en") and not first.info.name) or any(
            t.drug_word or t.in_negative_phrase or t.institution or t.is_cue_word
            or (t.info.negative and not t.info.name) or t.text.isupper()
            or (t.folded.endswith(_DEFINITE) and not t.info.name) for t in words):
        return False  # Hotell Linnea, Kören Cantabile, Polisen Syd, ICA Maxi, Mobila Teamet
    return not all(_a_word(t) for t in words)  # Night Patrol, Blue Velvet


def _a_word(tok: Tok) -> bool:
    """An ordinary word that no list has as a name."""
    return not tok.info.name and (
        tok.info.common or tok.folded in lexicon.entries("english_words"))


def _beside_names(words: list[Tok], toks: list[Tok], starts: set[int],
                  inside: set[int]) -> bool:
    """Two other items of the list, at least, are full names found whole:
    each item its capitalised words, so the last may run on into its clause (`och Per
    Svensson kommer på mötet`)."""
    named = 0
    for step, i in ((-1, words[0].index - 1), (1, words[-1].index + 1)):
        for _ in range(_FURTHEST):
            if not (0 < i < len(toks) - 1) or toks[i].folded not in JOINERS or (
                    toks[i].line_break_before or toks[i + 1].line_break_before):
                break  # the list ends at its line's end
            item = _capitals(i + step, toks, step)
            if len(item) < _WORDS or toks[min(item)].start not in starts or not (
                    inside.issuperset(item)):
                break  # Avdelning Myran, Anneli och Rasmus: a full name's mates are full names
            named += 1
            i = (min(item) if step < 0 else max(item)) + step
    return named >= _SIBLINGS


def _capitals(i: int, toks: list[Tok], step: int) -> list[int]:
    """The indexes of the capitalised words from toks[i] on, one way, on one line."""
    out: list[int] = []
    while 0 <= i < len(toks) and toks[i].alpha and toks[i].capital and len(out) < _FURTHEST:
        if step > 0 and out and toks[i].line_break_before:
            break
        out.append(i)
        if step < 0 and toks[i].line_break_before:
            break
        i += step
    return out
