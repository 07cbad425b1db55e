"""A given name counted as pills are, or named by a pill's own word, in a text that talks of
drugs: `tre Tilde och en flaska vatten`, `fyra Valle i en burk`, `pillret Rose innehöll 240 mg
MDMA`. Counted in words only, as digits before a name are a time's or a table's (`kl 14
Anna`); people are seldom counted by their given names (`vi har två Emma i klassen`), and
`de två Emma`, `två Emma sa` stay people. A name right after a pill's word may be the subject
of a clause without `som` (`pillret Rose tog var starkt`), so only words no such clause goes
on with may follow it there. Also a street name warned of (`ta det lugnt med Henry`, `go easy
on Jack`) where the text speaks of drugs and no person's verb or pronoun follows, and one
sized as a bag (`a Henry sized bag`). A street name denied in drug talk (`jag heter inte
Henry`) names no one; another name denied is still someone's (`hon heter inte Lisa längre`).
drugframe.py asks each."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import COUNT_WORDS, DRUG_TALK, STREET_GIVEN_NAMES
from mailgate.scan.recognizers.drugnamed import PERSON_VERBS
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import Tok

# A group's word before the count makes the named ones people: `de två Emma`, `all three Jack`.
_GROUPS: Final = frozenset({"de", "dom", "alla", "båda", "dessa", "våra", "mina", "era",
                            "the", "all", "these", "both", "our", "my"})
# `vi har två Emma i klassen`, `we are three Jacks`: a group one is in.
_BE_OR_HAVE: Final = frozenset({"har", "hade", "är", "var", "have", "had", "are", "were"})
_US: Final = frozenset({"vi", "ni", "we", "you"})

# A pill's, a powder's or a drug's word right before the name: `pillret Rose`.
_PILL_HEADS: Final = frozenset({"pillret", "pillren", "tabletten", "tabletterna", "kapseln",
                                "kapslarna", "pulvret", "drogen", "preparatet", "substansen"})
# What may follow the name after a pill's word: what is said of a pill (`innehöll`, `testades`),
# a clause's end, or a link; not a verb a person does (`pillret Rose tog`).
_PILL_SAID: Final = frozenset({
    ",", ".", ";", ":", ")", "!", "?", "innehöll", "innehåller", "bestod", "består", "testades",
    "analyserades", "visade", "visar", "var", "är", "som", "och", "eller", "i", "från", "med",
    "kallas", "kallades", "säljs", "såldes", "har", "hade", "finns", "fanns",
})


def counted(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i], right before the name (past its quotes), counts it as pills are counted."""
    prev = toks[i]
    if prev.folded not in COUNT_WORDS:
        return False  # nearly every word; not digits: `kl 14 Anna`, `Bord 4 Emma`
    if (i >= 1 and toks[i - 1].folded in _GROUPS) or _word_after(tok, toks) in PERSON_VERBS or (
            i >= 2 and toks[i - 1].folded in _BE_OR_HAVE and toks[i - 2].folded in _US):
        return False  # de två Emma, två Emma sa, vi har två Emma i klassen: people
    return _drug_text(toks)


def pill_headed(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i], right before the name, is a pill's or a drug's word: `pillret Rose innehöll`."""
    return toks[i].folded in _PILL_HEADS and _word_after(tok, toks) in _PILL_SAID


def _word_after(tok: Tok, toks: list[Tok]) -> str:
    after = tok.index + (2 if tok.quoted else 1)
    return toks[after].folded if after < len(toks) else ""


def _drug_text(toks: list[Tok]) -> bool:
    """The text names a substance or talks of drugs somewhere (asked only after a count)."""
    drugs = lexicon.drugs()
    return any(w in DRUG_TALK or w in drugs for w in token_folded(toks))


# Warnings that take a drug after them, their last words: `ta det lugnt med Henry`, `var
# försiktig med Jack`, `go easy on Emma`, `careful with Kat` (people too: asked only of street
# names, in drug talk, with no person's verb or pronoun after).
_CAUTIONS: Final = frozenset({("lugnt", "med"), ("försiktig", "med"), ("försiktiga", "med"),
                              ("easy", "on"), ("careful", "with"), ("akta", "dig"),
                              ("aktsam", "med"), ("sparsam", "med"), ("sparsamt", "med")})
_PEOPLES_AFTER: Final = frozenset({"han", "hon", "hen", "he", "she", "som", "who"})


def cautioned(tok: Tok, toks: list[Tok], i: int) -> bool:
    """`ta det lugnt med Henry`: toks[i - 1] and toks[i] end a warning before the name."""
    if i < 1 or (toks[i - 1].folded, toks[i].folded) not in _CAUTIONS:
        return False  # nearly every word
    if tok.folded not in STREET_GIVEN_NAMES and not tok.drug_word:
        return False  # var försiktig med Lisa: someone
    after = [t.folded for t in toks[tok.index + 1 : tok.index + 4]]
    return not any(w in PERSON_VERBS or w in _PEOPLES_AFTER for w in after) and _drug_text(toks)


# A street name denied in drug talk (`jag heter inte Henry`, `my name is not Jack`): no one's.
_DENIED: Final = frozenset({("heter", "inte"), ("hette", "inte"), ("kallas", "inte"),
                            ("is", "not"), ("isn't",), ("called", "not")})
_BAGS: Final = frozenset({"bag", "bags", "baggie", "line", "lines", "rock", "dose", "pill",
                          "påse", "lina", "bit"})


def denied(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i] ends `heter inte` right before a street name, in drug talk: someone else's old
    or wrong name stays a name (`hon heter inte Lisa längre`)."""
    last = toks[i].folded
    if last not in ("inte", "not", "isn't") or tok.folded not in STREET_GIVEN_NAMES:
        return False  # nearly every word
    if not _drug_text(toks):
        return False
    pair = (toks[i - 1].folded, last) if i >= 1 else (last,)
    if last == "isn't" or pair == ("is", "not"):
        return i >= 2 and toks[i - (1 if last == "isn't" else 2)].folded == "name"
    return pair in _DENIED


def bag_sized(tok: Tok, toks: list[Tok]) -> bool:
    """`a Henry sized bag`: the name sizes a bag, a line or a dose."""
    j = tok.index + 1
    return j + 1 < len(toks) and toks[j].folded in ("sized", "size") and (
        toks[j + 1].folded in _BAGS)
