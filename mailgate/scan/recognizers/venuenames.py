"""Venues and businesses named like people, told by the words of the name itself or by the
word right after it: `Power House Kalmar`, `Barber King Mölndal`, `Lotus mottagningen`,
`near the Oscar Wilde bar`.

Gyms, salons, bars and clinics take English words that are also surnames somewhere (Power,
King, Barber, Bar) and add the town or district they stand in; two or three such capitals
look like a given name and a surname. A run of English everyday words (or two joined:
`Ironman`) ending in a listed place, none of them a given name, is the business's name:
people are not called `King Mölndal`, whatever cue stands before (`Vi driver Drip Bar
Östermalm`: `driver` is a driver too).
A venue's, stage's or clinic's word in lower case right after a run names what the run
belongs to (`vid Nils Dacke scenen`, `the Oscar Wilde bar`); in English only after `the`,
as `Anna Berg bar väskan` and `gave Erik room to` read on in a sentence about someone.
A genitive before such a word is someone's (`Eriks tält`) and stays a name. A chain's name
with its hours or number glued on (`Gym24`, `Fitness24`) is followed by its branch's place
(`Gym24 Fyrislund`), not by a person: one word no given name.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.runs import STRONG_CUES
from mailgate.scan.recognizers.words import Tok

# Swedish words for a venue or its part, definite as a name before them is written
# (`Lotus mottagningen`, `Lilla Valla konstgräs`); none is also a verb or a role.
VENUE_AFTER: Final = frozenset({
    "scenen", "tältet", "mottagningen", "kliniken", "salongen", "baren", "puben", "loungen",
    "hallen", "arenan", "planen", "konstgräs", "konstgräset", "gymmet", "studion", "caféet",
    "kaféet", "restaurangen", "klubben", "paviljongen", "läktaren", "terrassen",
})
# English ones, after `the` before the run.
VENUE_AFTER_EN: Final = frozenset({
    "bar", "pub", "lounge", "stage", "tent", "arena", "club", "café", "cafe", "restaurant",
    "gym", "studio", "clinic", "salon", "pavilion", "terrace", "suite", "ballroom",
})
_THE: Final = frozenset({"the"})
_LONGEST: Final = 4  # words before the venue's word


def a_business_in_a_place(run: list[Tok]) -> bool:
    """`Power House Kalmar`, `Drip Bar Östermalm`: English everyday words, none a given name,
    then a listed town or district."""
    last = run[-1]
    if len(run) < 2 or len(run) > _LONGEST or not last.info.negative or (
            not names.is_place(last.folded)):
        return False
    return all(not t.info.first and _english(t.folded) for t in run[:-1])


_SHORTEST_PART: Final = 3  # letters of each English word a brand's compound joins


def _english(folded: str) -> bool:
    """An everyday English word, or two joined as brands join them (`Ironman`, `Bodyfit`)."""
    listed = english_words()
    if folded in listed:
        return True
    return folded.isalpha() and any(
        folded[:k] in listed and folded[k:] in listed
        for k in range(_SHORTEST_PART, len(folded) - _SHORTEST_PART + 1))


def before_a_venue_word(run: list[Tok], toks: list[Tok]) -> bool:
    """`vid Nils Dacke scenen`, `Lotus mottagningen`, `near the Oscar Wilde bar`: a venue's
    word in lower case right after the run."""
    j = run[-1].index + 1
    if j >= len(toks) or len(run) > _LONGEST:
        return False
    word = toks[j].folded  # (most runs: no venue's word after them, asked first)
    swedish = word in VENUE_AFTER
    if not (swedish or word in VENUE_AFTER_EN) or toks[j].capital:
        return False
    if run[-1].folded.endswith(("s", "'s", "’s")):
        return False  # Eriks tält, Anna's bar: hers
    if any(t.info.first for t in run) and run[0].cue in STRONG_CUES:
        return False  # Ring patienten Anna Berg mottagningen stänger: a comma left out
        # (`kontakt med Anabola mottagningen` is the clinic's)
    i = run[0].index - 1
    return swedish or (i >= 0 and toks[i].folded in _THE)


# A chain's word with digits glued on: Gym24, Fitness24, Padel365; not a code (U-2611, B12).
_NUMBERED_BRAND: Final = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}\d{1,3}$")


def after_a_numbered_brand(run: list[Tok], toks: list[Tok]) -> bool:
    """`Gym24 Fyrislund`: one word, no given name, right after a chain's numbered name."""
    i = run[0].index - 1
    return len(run) == 1 and not run[0].info.first and i >= 0 and (
        _NUMBERED_BRAND.match(toks[i].text) is not None) and not run[0].line_break_before


# A shop's or venue's definite word that compounds name it (`Brudsalongen`, `Mattvätten`,
# `Hörnkiosken`), before the name it carries: `Brudsalongen Vita Drömmar`.
_VENUE_COMPOUND_ENDS: Final = ("salongen", "butiken", "kiosken", "tvätten", "gymmet",
                               "studion", "kliniken", "bageriet", "caféet", "kaféet",
                               "restaurangen", "puben", "baren")
_SHORTEST_PREFIX: Final = 3


def after_a_venue_compound(run: list[Tok], toks: list[Tok]) -> bool:
    """A compound of a shop's or venue's word right before the name or opening it
    (`Brudsalongen Vita Drömmar`, `i mattvätten Rena Ryan`); a given name and a surname no
    given name stay a person's (`Hårsalongen Anna Lindqvist` may be hers)."""
    heads = [k for k, t in enumerate(run[:-1]) if _a_venue_compound(t.folded)]
    if heads:
        names = run[heads[-1] + 1:]  # also after a heading's word: Anteckning Brudsalongen …
    else:
        i = run[0].index - 1
        if i < 0 or not _a_venue_compound(toks[i].folded):
            return False
        names = run
    if len(names) > _LONGEST - 1 or names[0].line_break_before:
        return False
    return len(names) == 1 or not (names[0].info.first and names[-1].info.last and not (
        names[-1].info.first))


def _a_venue_compound(folded: str) -> bool:
    return folded.endswith(_VENUE_COMPOUND_ENDS) and any(
        folded.endswith(e) and len(folded) - len(e) >= _SHORTEST_PREFIX
        for e in _VENUE_COMPOUND_ENDS)
