"""What stands near a token: the token before it past opening quotes, the word there, and
substance talk around it (`tog Molly`, `3 g Tina`)."""

from __future__ import annotations

from mailgate.scan import lexicon
from mailgate.scan.drugcues import DRUG_TALK
from mailgate.scan.recognizers.words import QUOTES, Tok


def before_quotes(toks: list[Tok], index: int) -> int:
    """The index of the token right before toks[index], past opening quotes; -1 for none."""
    i = index - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    return i


def word_before(toks: list[Tok], index: int) -> str:
    """The case-folded word right before toks[index], past an opening quote (fonden "Wilmas
    ljus", bartendern "Mandy"); "" at the text's start."""
    i = before_quotes(toks, index)
    return toks[i].folded if i >= 0 else ""


def drug_talk(toks: list[Tok], index: int, window: int = 6) -> bool:
    """True when substance talk surrounds toks[index]: `tog Molly`, `3 g Tina`, `MDMA och Adam`."""
    lo, hi = max(0, index - window), min(len(toks), index + window + 1)
    subs = lexicon.entries("substances")
    for t in toks[lo:hi]:
        if t.index == index:
            continue
        f = t.folded
        if f in DRUG_TALK or (f in subs and not t.info.first) or t.stamp_compound:
            return True
    return False
