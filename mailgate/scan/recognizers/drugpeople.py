"""What a person named like a drug's street name does and a drug never does (drugnamed.py
asks): has an age (`Tina, 23 år`, `Molly fyller 18`, `Gina is 16`), is talked with or heard
from (`pratade länge med Tina`, `according to Molly`), takes or sells a drug (`Tina tog
MDMA`, `Molly sålde tabletter`: a drug takes no drug), is taken up by `hon` or `han` in the
next clause (`Vi saknar Tina, hon slutade i maj`: a drug is `den` or `det`), or is from a
unit or a group and speaks (`Tina från fältgruppen ringde`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import PILL_WORDS, USE_VERBS
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.words import Tok

_JOINS: Final = frozenset({"och", "o", "&", "and"})
# Turning or being an age: `Tina fyller 19`, `Molly is 17`, `Gina är 24 år`.
_TURNING: Final = frozenset({"fyller", "fyllde", "turns", "turned"})
_BEING: Final = frozenset({"är", "var", "is", "was"})
_YEARS: Final = frozenset({"år", "years", "year", "yo", "åring"})
# Talked with, heard from, according to: said only of someone (`pratade länge med Tina`).
_TALKING: Final = frozenset({"pratade", "pratar", "pratat", "prata", "talade", "talar", "talat",
                             "samtalade", "spoke", "speak", "spoken", "talked", "talking",
                             "speaking", "heard", "hört", "hörde"})
_TALKED_TO: Final = frozenset({"med", "från", "av", "to", "with", "from"})
_ACCORDING: Final = frozenset({"enligt", "according"})
# Using or selling, right after the name, with a drug a few words on: `Tina tog MDMA`.
_USING: Final = USE_VERBS | {"tar", "röker", "säljer", "sålde", "langar", "langade", "takes",
                             "smokes", "sells", "sold", "snortar", "injicerar"}
_OBJECT_WITHIN: Final = 4


def _an_age(tok: Tok | None) -> bool:
    return tok is not None and tok.text.isdigit() and len(tok.text) == 2 and tok.text >= "10"


def aged_after(toks: list[Tok], i: int) -> bool:
    """An age right after the name: `Tina, 24 år,`, `Molly 17 år`, `Tina, 24, vårdades`,
    `Molly fyller 19`, `Gina är 24 år`, `Molly is 17`; not a weight or a price (`Tina, 20 g`,
    `Tina 2, Jack 1`)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    num = toks[i + 2] if i + 2 < len(toks) else None
    end = toks[i + 3].folded if i + 3 < len(toks) else ""
    if nxt is not None and not nxt.line_break_before and _an_age(nxt) and (
            num is not None and num.folded in _YEARS) and not (
            i >= 1 and toks[i - 1].folded in _USING):  # not `rökt Tina 10 år`
        return True  # Molly 17 år, Tina 16 years: a count of years is no dose
    if nxt is None or nxt.line_break_before or not _an_age(num):
        return False
    if nxt.folded in _TURNING:
        return True
    if nxt.text == ",":
        return end in _YEARS or end == ","
    return nxt.folded in _BEING and (end in _YEARS or (end in _JOINS and nxt.folded == "is"))


def talked_with(toks: list[Tok], i: int) -> bool:
    """`pratade länge med Tina`, `spoke to Molly`, `hört av Gina`, `enligt Tina`,
    `according to Molly`: talking and hearing are done with someone."""
    if i < 1 or toks[i].line_break_before:
        return False
    prev = toks[i - 1].folded
    if prev in _ACCORDING:
        return True
    if prev not in _TALKED_TO:
        return False
    back = [t.folded for t in toks[max(0, i - 3) : i - 1]]
    return (bool(back) and back[-1] in _TALKING) or (
        prev != "av" and len(back) == 2 and back[0] in _TALKING) or (
        prev == "to" and back[-1:] == ["according"])


def uses_a_drug(toks: list[Tok], i: int) -> bool:
    """`Tina tog MDMA`, `Molly took too much ketamine`, `Gina sålde tabletter`: the name is
    the subject of a verb of using or selling whose object, a few words on, is a drug."""
    if i + 2 >= len(toks) or toks[i + 1].folded not in _USING or toks[i + 1].line_break_before:
        return False
    for t in toks[i + 2 : i + 2 + _OBJECT_WITHIN]:
        if t.text in (".", "!", "?", ",") or t.line_break_before:
            return False
        if t.folded in PILL_WORDS or (t.alpha and not t.info.first and (
                t.folded in lexicon.drugs() or drug_form(t.text))):
            return True
    return False


# `hon`, `han`: a person taken up again after a comma; a drug is `den`, `det`, `it`.
_PERSONAL: Final = frozenset({"hon", "han", "hen", "she", "he"})
_CLAUSE_WITHIN: Final = 8
# Verbs whose object is someone gone, before the name not opening its sentence.
_MISSING: Final = frozenset({"saknar", "saknade", "saknat", "miss", "missed", "misses"})
_ENDS: Final = frozenset({".", "!", "?", ";", ":"})


def taken_up_again(toks: list[Tok], i: int) -> bool:
    """`Molly börjar i trean, hon är nervös`, `Vi saknar Tina, hon slutade i maj`: the name
    opens its sentence (or is missed), and the first comma after it, in its sentence, opens a
    clause whose subject is `hon` or `han`, with no other name and no drug between (`Tina
    och Erik, han sa …` may speak of Erik)."""
    if not (i == 0 or toks[i].sentence_start or toks[i - 1].folded in _MISSING):
        return False  # köp inte Tina, hon …; blandade Molly och öl, han …: the drug
    for j in range(i + 1, min(len(toks) - 1, i + _CLAUSE_WITHIN)):
        tok = toks[j]
        if tok.line_break_before or tok.text in _ENDS or _another_name_or_drug(tok):
            return False
        if tok.text == ",":
            return toks[j + 1].folded in _PERSONAL and not toks[j + 1].line_break_before
    return False


def _another_name_or_drug(tok: Tok) -> bool:
    return (tok.capital and not tok.sentence_start) or tok.folded in PILL_WORDS or (
        tok.alpha and (tok.folded in lexicon.drugs() or drug_form(tok.text)))


# `från fältgruppen`, `på kliniken`, `at the bar`: where someone works, before the verb.
_FROM_A_UNIT: Final = frozenset({"från", "på", "hos", "from", "at"})


def from_a_unit_speaking(toks: list[Tok], i: int, verbs: frozenset[str]) -> bool:
    """`Tina från fältgruppen ringde`, `Molly på kliniken sa`: the name, where it is from or
    works in one or two words, then a verb only people do (`verbs`); not a place's drug that
    does something (`Tina från Holland gör dig vaken`)."""
    if i + 3 >= len(toks) or toks[i + 1].folded not in _FROM_A_UNIT:
        return False
    for j in (i + 3, i + 4):
        if j >= len(toks) or toks[j - 1].line_break_before or not toks[j - 1].alpha:
            return False
        if toks[j].folded in verbs and not toks[j].line_break_before:
            return True
    return False
