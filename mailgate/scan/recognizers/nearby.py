"""What stands near a token: the token before it past opening quotes, the word there,
substance talk around it (`tog Molly`, `3 g Tina`), an age in brackets after it (`Elsa
(7)`), and a pill's print that is a common given name far from such talk (`Elsa åt inget`:
the child, not the pill)."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import DRUG_TALK, PILL_LOOKS, PILL_WORDS
from mailgate.scan.names import NEGATIVE_LISTS
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


# Lists that make a word no one's besides the pill prints.
_OTHER_NEGATIVES: Final = tuple(name for name in NEGATIVE_LISTS if name != "pill_stamps")


@lexicon.table
def _printed_given_names() -> frozenset[str]:
    """Given names common here that only the pill prints' list holds: Elsa, Ken, Mario."""
    others = frozenset().union(*(lexicon.entries(name) for name in _OTHER_NEGATIVES))
    core = lexicon.entries("core_names")
    return frozenset(w for w in lexicon.entries("pill_stamps") if w in core and w not in others)


def a_print_far_from_drugs(tok: Tok, toks: list[Tok]) -> bool:
    """A given name that only a pill's print makes negative, unquoted, with no substance
    talk near, no pill's look beside it and no other drug's or print's word on its line:
    the person (`när jag nattade Elsa`; `rosa Elsa`, `Mario blå`, `"Ronaldo", "Messi"`
    and `Elsa 200 mg` stay the pill)."""
    i = tok.index
    if tok.folded not in _printed_given_names() or not tok.info.first or tok.quoted or (
            tok.text.isupper() or drug_talk(toks, i, 8)):
        return False
    if (i and toks[i - 1].folded in PILL_LOOKS) or (
            i + 1 < len(toks) and toks[i + 1].folded in PILL_LOOKS):
        return False
    return not any(t.drug_word for t in _line_of(toks, i) if t.index != i)


def _line_of(toks: list[Tok], i: int) -> list[Tok]:
    start = i
    while start > 0 and not toks[start].line_break_before:
        start -= 1
    end = i + 1
    while end < len(toks) and not toks[end].line_break_before:
        end += 1
    return toks[start:end]


def aged(tok: Tok, toks: list[Tok]) -> bool:
    """An age in brackets right after: `Elsa (7)`, `Tilde (15 år)`."""
    i = tok.index
    if not (i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 2].text.isdigit() and (
            len(toks[i + 2].text) <= 2) and toks[i + 3].folded in _AGE_CLOSE):
        return False
    after = toks[i + 4].folded if i + 4 < len(toks) else ""
    return after not in PILL_WORDS and after not in _UNITS  # not `Elsa (4) st`, a count


_AGE_CLOSE: Final = frozenset({")", "år", "years", "yrs", "y", ","})
_UNITS: Final = frozenset({"st", "g", "mg", "gram", "pcs", "x"})
