"""Street names that are given names too common here to list as drugs (Emma, Henry, Jack,
Kat: drugcues.STREET_GIVEN_NAMES) are the drug, as the listed ones (Molly, Tina) are, where a
substance's or medicine's own name stands in the same sentence: `sålde Emma och Blue
Dolphin`, `"Henry" köpt i Östermalm, han hade en ask Oxycontin`, `Emma containing 4-CMC`,
`överdos (Emma enligt polisen, Xanax enligt vännerna)`. The person keeps the name where the
text names one (judged.py asks as for a listed street name: `Emma sa`, `klienten Emma`,
`Emma, 24 år`) or where she does something to the drug (`Emma erbjöd mig kokain`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.kinwords import KIN_AND_COMPANY
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

_REACH: Final = 8  # words to either side, within the sentence
_ENDS: Final = frozenset({".", "!", "?", ";"})


def a_street_name_among_drugs(tok: Tok, toks: list[Tok]) -> bool:
    """`tok` is an unlisted street name standing in a sentence that names a substance, and
    not its subject doing something (`Emma erbjöd mig kokain`, `Jack gav henne MDMA`)."""
    if tok.folded not in STREET_GIVEN_NAMES or not tok.info.first:
        return False  # nearly every word
    i = tok.index
    return not (_acting(tok, toks) or _kin_of(toks, i) or _given_with(toks, i)) and (
        _substance_on(toks, i, -1) or _substance_on(toks, i, 1) or _traded_bare(tok, toks))


# Selling, sharing and offering: a person is sold or offered something (`sålde Henry sin
# moped`, `offered Kat a lift`), a drug is sold somewhere or for a price (`sålde Henry vid
# busshållplatsen`, `erbjöds Jack för 200 kr`).
_TRADED: Final = frozenset({
    "sålde", "sålt", "säljer", "sälja", "langade", "langar", "langat", "delade", "delat",
    "delar", "erbjöd", "erbjöds", "erbjuden", "erbjudna", "erbjudits", "sold", "selling",
    "sells", "offered", "offering", "shared", "sharing", "dealt", "dealing",
})
# What may follow the drug: a place's or a price's preposition, or the clause's end.
_BARE_AFTER: Final = frozenset({
    "på", "i", "vid", "för", "utanför", "bakom", "till", "under", "in", "at", "on", "for",
    "outside", "behind", "to", "near", "around", "round", ".", ",", "!", "?", ";", ")",
})


def _traded_bare(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index - (2 if tok.quoted else 1)
    j = tok.index + (2 if tok.quoted else 1)
    return i >= 0 and toks[i].folded in _TRADED and (
        j >= len(toks) or toks[j].line_break_before or toks[j].folded in _BARE_AFTER)


def _acting(tok: Tok, toks: list[Tok]) -> bool:
    """The name opens a clause and a verb follows it: a person doing something."""
    i = tok.index + (2 if tok.quoted else 1)
    if i >= len(toks) or toks[i].line_break_before:
        return False
    nxt = toks[i]
    opens = tok.index == 0 or tok.sentence_start or toks[tok.index - 1].text in (",", ":") or (
        toks[tok.index - 1].folded in ("och", "and", "men", "but", "att", "that"))
    # In a line of capitals the verb is in capitals too: `EMMA BERÄTTAR OM …`.
    verb_case = nxt.text.islower() or (nxt.text.isupper() and tok.text.isupper())
    return opens and nxt.alpha and verb_case and nxt.folded not in STOP_WORDS and (
        nxt.folded not in _SAID_OF_DRUGS) and not _works_on_you(toks, i)


# What a drug does to anyone, as warnings put it to the reader: `Emma gör dig sömnig`,
# `Henry håller dig fast`, `Jack makes you itch` (not `ger dig`: a dealer gives).
_WORKS_ON: Final = frozenset({"gör", "får", "håller", "lurar", "dödar", "förstör", "makes",
                              "keeps", "gets", "kills", "fucks"})


def _works_on_you(toks: list[Tok], i: int) -> bool:
    return toks[i].folded in _WORKS_ON and i + 1 < len(toks) and (
        toks[i + 1].folded in ("dig", "dej", "you"))


# Verbs said of a drug, never of a person, as the name's own: `Jack innehöll fentanyl`.
_SAID_OF_DRUGS: Final = frozenset({
    "innehöll", "innehåller", "contains", "contained", "containing", "säljs", "såldes",
    "cirkulerar", "circulates", "kostar", "kostade", "costs", "langas", "smugglas",
    # cut with something: `HENRY BLANDAT MED FENTANYL`, `Jack spetsat med xylazin`
    "blandat", "blandad", "utblandat", "utblandad", "spetsat", "spetsad", "utspätt",
    "utspädd", "laced"})


def _given_with(toks: list[Tok], i: int) -> bool:
    """`injicerade Jack med naloxon`, `treated Emma with diazepam`: someone treated."""
    j = i + (2 if toks[i].quoted else 1)
    return j < len(toks) and toks[j].folded in ("med", "with") and i > 0 and (
        toks[i - 1].text.islower())


def _kin_of(toks: list[Tok], i: int) -> bool:
    """`Mamman till Emma`, `the father of Jack`: someone's kin is someone."""
    return i >= 2 and toks[i - 1].folded in ("till", "åt", "of", "to") and (
        toks[i - 2].folded in KIN_AND_COMPANY)


def _substance_on(toks: list[Tok], i: int, step: int) -> bool:
    for k in range(i + step, i + step * (_REACH + 1), step):
        if not 0 <= k < len(toks):
            return False
        t = toks[k]
        if t.text in _ENDS or (step > 0 and t.line_break_before) or (
                step < 0 and toks[k + 1].line_break_before):
            return False
        if t.alpha and not t.info.first and not t.initial and len(t.text) > 2 and (
                t.folded not in _EVERYDAY) and (t.folded in lexicon.drugs() or drug_form(t.text)):
            return True
    return False


# Substances that stand beside people as often as beside drugs: drinks and everyday words
# that are also street names (`bråka aldrig med Henry om alkohol`, `cut with glass in a
# fight`), and what people are treated with (`gav Henry naloxon`).
_EVERYDAY: Final = frozenset({
    "alkohol", "alcohol", "sprit", "glass", "glas", "ice", "snö", "snow", "gräs", "grass",
    "speed", "brown", "brunt", "vitt", "white", "koffein", "caffeine", "nikotin", "nicotine",
    "snus", "naloxon", "naloxone", "nyxoid", "narcan", "flumazenil", "adrenalin", "oxygen",
    "syrgas", "antibiotika", "antibiotics",
})
