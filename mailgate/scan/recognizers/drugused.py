"""A street name the text itself uses as the drug once (`2 g Henry`, `200 tabletter Emma`,
`injicerat Henry`, `Subutex, Emma, Lyrica`) is the drug at its other bare mentions in that
text too (`Hon säger att Henry är billigare nu`), and so is one joined to a drug form's noun
(`Emma-tabletter`): a writer who weighs, packs, prices or lists a word as a substance keeps
using it so. Asked only of street names (a listed drug's
or pill print's word, or a given name common here that is slang: Emma, Jack, Henry, Kat),
and never of a word the text greets or signs as (`Hej Emma!`, `/Henry`) or speaks of as
someone once (`Henry tog en Henry`, `Emma sa`): a text that speaks to or of someone by the
name keeps that name someone's wherever it stands but where it is framed as the drug.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.recognizers.drugforms import FORM_NOUNS
from mailgate.scan.recognizers.drugframe import drug_framed
from mailgate.scan.recognizers.drugnamed import ADDRESSING, spoken_of_as_someone
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.words import Tok


def used_as_a_drug(toks: list[Tok], where: Sequence[int]) -> bool:
    """One of the word's mentions at `where` is framed as the drug, and none greets or
    signs as it."""
    if not any(_a_street_name(toks[i]) for i in where):
        return False  # most words found alone: no street name, asked no further
    if any(_addressed(toks, i) or spoken_of_as_someone(toks[i], toks) for i in where):
        return False  # Hej Tina! … Tina-piller; Henry tog en Henry: someone there too
    return any(drug_framed(toks[i], toks) for i in where) or _compounded(toks, toks[where[0]])


def _compounded(toks: list[Tok], tok: Tok) -> bool:
    """The word before a hyphen and a drug form's noun somewhere in the text: `tre
    Emma-tabletter`, `Henry-pulvret`; a person's nickname takes no such noun."""
    stem = tok.folded + "-"
    return any(t.folded.startswith(stem) and t.folded[len(stem):] in _FORMS for t in toks)


_FORMS: Final = frozenset(FORM_NOUNS)


def _a_street_name(tok: Tok) -> bool:
    return tok.drug_word or tok.folded in STREET_GIVEN_NAMES


def _addressed(toks: list[Tok], i: int) -> bool:
    """A signature, or a greeting or thanks right before: `/Henry`, `Hej Emma`, `Tack Jack`."""
    j = before_quotes(toks, i)
    return toks[i].cue == "signature" or (j >= 0 and toks[j].folded in ADDRESSING)
