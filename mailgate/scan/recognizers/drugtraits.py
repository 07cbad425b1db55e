"""What is said around a given name that only a drug fits: a price after it (`Pablo kostar
800 kr`, `X is expensive round here, 90 a gram`), a sample it shows in (`Hur länge syns Jack i
ett urinprov?`), an adulterant it is cut with (`cut Henry with caffeine`), another it is mixed
with (`blanda Emma och Jack`), a quoted drug it is listed after (`"Molly" der var PMMA, og
"Jack" med fentanyl`) and a count beside a drug's in a tally (`Tina 3, Henry 2`). People are
not priced, found in urine, cut with caffeine nor mixed; `cut Jack with a knife` stays Jack's.
drugframe.py asks these of given names."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.recognizers.words import QUOTES, Tok

# A price right after the word: `Pablo kostar 800 kr`, `X goes for 90 a gram`, `X is
# expensive round here, 90 a gram`. People are not priced.
_COSTS: Final = frozenset({"kostar", "kostade", "costs", "cost"})
_GOES_FOR: Final = frozenset({("går", "för"), ("gick", "för"), ("goes", "for"), ("went", "for"),
                              ("sells", "for"), ("säljs", "för")})
_DEAR: Final = frozenset({"dyr", "dyrt", "dyrare", "billigt", "billigare", "expensive",
                          "cheaper", "pricey"})
_IS: Final = frozenset({"är", "var", "is", "was", "blivit", "got", "has", "gotten"})
_PRICE_WORDS: Final = frozenset({"kr", "kronor", "spänn", "gram", "g", "grammet", "pounds",
                                 "quid", "dollars", "euro", "euros", "gramme", "a", "per"})
_PRICE_REACH: Final = 6  # words after `is expensive` to the price: round here, 90 a gram


def priced(tok: Tok, toks: list[Tok]) -> bool:
    if tok.index >= 2 and toks[tok.index - 1].folded == "kostar" and (
            toks[tok.index - 2].folded in ("vad", "mycket")):
        # Vad kostar Jack nu för tiden? Hur mycket kostar Henry? Not `kostar Jacks cykel`.
        return tok.text[-1:] not in ("s", "S")
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks):
        return False
    first, second = toks[j].folded, toks[j + 1].folded
    if first in _COSTS or (first, second) in _GOES_FOR:
        k = j + (1 if first in _COSTS else 2)
        return k < len(toks) and toks[k].text[:1].isdigit()
    if first not in _IS or second not in _DEAR:
        return False  # nearly every word
    near = toks[j + 2 : j + 2 + _PRICE_REACH]
    return any(t.text[:1].isdigit() for t in near) and any(
        t.folded in _PRICE_WORDS for t in near)


# A sample right after the word: `syns Jack i ett urinprov`, `Emma in a urine test`.
_IN: Final = frozenset({"i", "in"})
_ARTICLES: Final = frozenset({"ett", "en", "a", "the", "ditt", "sitt", "your"})
_SAMPLES: Final = frozenset({"urinprov", "urinprovet", "blodprov", "blodprovet", "drogtest",
                             "drogtestet", "urinet", "urine", "saliva", "salivtest", "hårprov",
                             "hårprovet"})  # not `blood`: a person is found lying in it


def in_a_sample(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks) or toks[j].folded not in _IN:
        return False  # nearly every word
    k = j + 1
    if toks[k].folded in _ARTICLES:
        k += 1
    return k < len(toks) and toks[k].folded in _SAMPLES


# Cutting, and what the drug is cut with: `cut Jack with caffeine`, `sträckte Emma med
# koffein`; a person is cut with a knife, so the word after `with` must be a substance.
_CUTTING: Final = frozenset({"cut", "cuts", "cutting", "sträcker", "sträckte", "sträckt",
                             "späder", "spädde", "spätt"})
_WITH: Final = frozenset({"med", "with"})
ADULTERANTS: Final = frozenset({
    "caffeine", "koffein", "levamisole", "levamisol", "lidocaine", "lidokain", "benzocaine",
    "bensokain", "procaine", "prokain", "phenacetin", "fenacetin", "paracetamol", "talc",
    "talk", "glucose", "glukos", "mannitol", "inositol", "laktos", "lactose", "creatine",
    "kreatin", "stärkelse", "starch", "bakpulver", "something", "något", "nåt"})


# Said to be cut after the word, a place between maybe: `Henry in Leeds was cut with benzos`,
# `Emma var utblandad med koffein`.
_CUT: Final = frozenset({"cut", "utblandad", "utblandat", "utblandade", "sträckt", "sträckta",
                         "blandad", "blandat", "laced", "spiked", "utspädd", "utspätt",
                         "utspädda", "uppblandad", "uppblandat", "uppblandade", "spetsad",
                         "spetsat", "spetsade", "diluted"})
_CUT_REACH: Final = 5  # words from the name to `cut`: in Leeds was cut


def said_to_be_cut(tok: Tok, toks: list[Tok]) -> bool:
    start = tok.index + (2 if tok.quoted else 1)
    for k in range(start, min(len(toks) - 2, start + _CUT_REACH)):
        t = toks[k]
        if not t.alpha or t.line_break_before:
            return False
        if t.folded in _CUT:
            if toks[k + 1].folded not in _WITH:
                return False
            return _a_cutting_agent(toks[k + 2].folded)
    return False


def cut_with_a_drug(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i], right before the word (past its quotes), is a verb of cutting."""
    if toks[i].folded not in _CUTTING:
        return False  # nearly every word
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 >= len(toks) or toks[j].folded not in _WITH:
        return False
    return _a_cutting_agent(toks[j + 1].folded)


# Street names that people are cut with too: `cut with glass in the fight`.
_SHARP: Final = frozenset({"glass", "glas", "ice", "is"})


def _a_cutting_agent(what: str) -> bool:
    return what in ADULTERANTS or (what in lexicon.drugs() and what not in _SHARP)


# Mixing two: `blanda Emma och Jack`, `mixing Henry and Kat`; the verb right before the first.
_MIXING: Final = frozenset({"blanda", "blandar", "blandade", "blandat", "mixa", "mixar",
                            "mixade", "mixing", "combine", "combining", "kombinera",
                            "kombinerar", "kombinerade"})
_AND: Final = frozenset({"och", "and", "&", "eller", "or", "og"})
_SKIPPED: Final = frozenset({"aldrig", "inte", "ej", "never", "not", "man", "du", "you"})


def mixed_pair(tok: Tok, toks: list[Tok]) -> bool:
    """The word is one of two joined right after a verb of mixing (their quotes aside)."""
    i = tok.index - (2 if tok.quoted else 1)
    if i >= 0 and _after_mixing(toks, i):
        j = tok.index + (2 if tok.quoted else 1)
        return j + 1 < len(toks) and toks[j].folded in _AND and (
            toks[j + 1].capital or toks[j + 1].text in QUOTES)
    if i < 1 or toks[i].folded not in _AND:
        return False  # nearly every word
    k = i - 1
    if toks[k].text in QUOTES:
        k -= 1
    if k < 0 or not toks[k].capital:
        return False
    k -= 1
    if k >= 0 and toks[k].text in QUOTES:
        k -= 1
    return k >= 0 and _after_mixing(toks, k)


def _after_mixing(toks: list[Tok], i: int) -> bool:
    while i >= 0 and toks[i].folded in _SKIPPED:
        i -= 1
    return i >= 0 and toks[i].folded in _MIXING


# A quoted given name listed after a quoted drug and its gloss: `fik vi "Molly" der var PMMA,
# og "Jack" med xylazin`; the sibling item opens within this many words before.
_SIBLING_REACH: Final = 8
_STOPS: Final = frozenset({".", "!", "?", ";", ":"})


def after_a_quoted_drug(tok: Tok, toks: list[Tok]) -> bool:
    i = tok.index - 2  # past the opening quote
    if not tok.quoted or i < 1 or toks[i].folded not in _AND:
        return False  # nearly every word
    if toks[i - 1].text == ",":
        i -= 1
    for k in range(i - 1, max(0, i - 1 - _SIBLING_REACH), -1):
        t = toks[k]
        if t.text in _STOPS or t.line_break_before:
            return False
        if t.quoted and t.text not in QUOTES and (t.drug_word or t.folded in lexicon.drugs()):
            return True
    return False


# A tally of drugs and counts: `Tina 3, Henry 2, Molly`; each item is a name and its count
# alone. A ledger of people names what each bought (`Frasse 3g kola 1500, Bella 2 E`), and
# `Kim 5 g, Ibbe 10 g` has no drug among its items.
_ITEM_EDGES: Final = frozenset({",", ";", ":", "–", "-", "(", ")"}) | QUOTES


def tallied(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + 1
    if j >= len(toks) or not toks[j].text.isdigit() or not _an_item_edge(toks, j + 1):
        return False  # nearly every word
    if not _an_item_edge(toks, tok.index - 1):
        return False
    after = j + 1
    named = not _drug_like(tok)  # Elvira 250, Mandy 300: the drug's given name is someone's
    if after + 1 < len(toks) and toks[after].text == "," and _a_counted_drug(
            toks, after + 1, named):
        return True
    before = tok.index - 1
    return before >= 2 and toks[before].text == "," and toks[before - 1].text.isdigit() and (
        _a_counted_drug(toks, before - 2, named))


def _drug_like(tok: Tok) -> bool:
    """A drug's name or a given name a street name too common to list (`Henry`)."""
    return tok.drug_word or tok.folded in lexicon.drugs() or tok.folded in STREET_GIVEN_NAMES


def _an_item_edge(toks: list[Tok], k: int) -> bool:
    return k < 0 or k >= len(toks) or toks[k].text in _ITEM_EDGES or toks[k].line_break_before


def _a_counted_drug(toks: list[Tok], k: int, named: bool = False) -> bool:
    """toks[k] is a drug's name, alone with its count in its item: `Tina 3,`. `named`: the
    item beside it names someone, so a drug's name that is a given name (`Mandy 300`) is
    another entry of people, not a drug's."""
    t = toks[k]
    if named and t.info.first:
        return False
    return t.alpha and (t.drug_word or t.folded in lexicon.drugs()) and (
        k + 1 < len(toks) and toks[k + 1].text.isdigit()) and _an_item_edge(toks, k - 1) and (
        _an_item_edge(toks, k + 2))


# A Swedish neuter adjective said of the word: `Henry är dyrt`, `Emma är inte farligt`, `Jack
# har blivit vanligt`. A person takes the common gender (`Henry är farlig`, `Emma är trött`);
# a mass noun, as a substance is, the neuter. Only forms whose common gender differs and that
# are no adverb before another word (`farligt nära`: the clause's end or a small word after).
_NEUTER: Final = frozenset({
    "farligt", "livsfarligt", "dyrt", "billigt", "vanligt", "ovanligt", "populärt", "starkt",
    "olagligt", "lagligt", "narkotikaklassat", "giftigt", "dödligt", "utblandat", "orent",
    "beroendeframkallande", "lättillgängligt", "tillgängligt", "eftertraktat", "omtyckt",
})
_BECOMES: Final = frozenset({"är", "var", "blir", "blev", "blivit", "verkar", "känns"})
_DEGREE: Final = frozenset({"inte", "så", "mycket", "väldigt", "jätte", "ganska", "extremt",
                            "mer", "mest", "lika", "helt", "rätt", "också", "även", "fortfarande",
                            "numera", "ofta", "inget", "knappast", "redan"})
_AFTER_NEUTER: Final = frozenset({".", ",", "!", "?", ";", ":", "att", "i", "på", "för", "med",
                                  "om", "och", "men", "nu", "här", "där", "bland", "när",
                                  "eftersom", "just", "idag", "också", "hela", "–", "-", ")",
                                  "än"})
_BECOMES_OR_HAS: Final = _BECOMES | {"har", "hade"}
_NOT: Final = frozenset({"inte", "ej", "aldrig", "också", "även"})
_NEUTER_REACH: Final = 3  # words between the name and the adjective: har blivit mer


def said_neuter(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + (2 if tok.quoted else 1)
    if j < len(toks) and toks[j].folded in _NOT:
        j += 1  # att Emma inte är farligt
    if j >= len(toks) or toks[j].folded not in _BECOMES_OR_HAS:
        return False  # nearly every word
    for k in range(j, min(len(toks), j + 1 + _NEUTER_REACH)):
        word = toks[k].folded
        if toks[k].line_break_before:
            return False
        if word in _NEUTER:
            after = toks[k + 1] if k + 1 < len(toks) else None
            return after is None or after.line_break_before or after.folded in _AFTER_NEUTER
        if word not in _BECOMES_OR_HAS and word not in _DEGREE:
            return False
    return False
