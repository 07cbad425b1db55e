"""A given name standing where only a drug's name stands: after a weight, a dose or a pack
(`två gram Emma`, `half a gram of Jack`, `en halv Henry`, `two vials of Emma`), after a way
of taking it (`snorting Kat`, `att röka Jack`; not `shooting` or `cut`, said of people too),
as a state one is in, comes out of or is found in (`hög på Emma`, `two days on Henry`,
`abstinensen efter Jack`, `spår av Emma`), used or traded (`bruk av Jack`, `handel med
Henry`) or mixed (`blanda aldrig Emma med alkohol`, `Emma + alkohol`). Street names that are
also given names common here (Emma, Jack, Henry) are not listed as drugs, or every Emma
would be one; these frames tell the drug from the person, who is never weighed, smoked or
mixed. `tog Henry`, `köpte Percy` are traded.taken."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.recognizers.drugcounted import (
    bag_sized,
    cautioned,
    counted,
    denied,
    pill_headed,
)
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugharms import harm_framed
from mailgate.scan.recognizers.drugnamed import PERSON_VERBS
from mailgate.scan.recognizers.drugsaid import drug_talked_of
from mailgate.scan.recognizers.drugslots import in_a_substance_slot
from mailgate.scan.recognizers.drugtraits import (
    after_a_quoted_drug,
    cut_with_a_drug,
    in_a_sample,
    mixed_pair,
    priced,
    said_neuter,
    said_to_be_cut,
    tallied,
)
from mailgate.scan.recognizers.druguse import used_now
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# A weight or a portion right before the word: `3 g Emma`, `en halv Jack`, `en påse Henry`.
_PORTIONS: Final = frozenset({
    "g", "gr", "gram", "mg", "kg", "kilo", "halv", "påse", "påsen", "påsar", "lina", "linor",
    "grams", "gramme", "grammes", "kilos", "bag", "bags", "baggie", "eighth", "gramm",
    # pills and packs: `200 tabletter Emma`, `en blisterkarta Jack`, `asken Henry`; not `ask`,
    # an English verb: `please ask Emma`
    "tabletter", "tablett", "piller", "kapslar", "blisterkarta", "blisterkartan",
    "blisterkartor", "asken", "burk", "burken", "förpackning",
    "förpackningen", "ampull", "ampuller", "pills", "tabs", "tablets", "capsules", "blister",
    # an unmeasured amount: `köpte lite Tina`; not `some` nor `any` (`some Bengt called`,
    # `I don't know any Bengt`)
    "lite",
    # not `innehöll` (a phone's contacts hold people) nor `prescribed Emma antibiotics`
})
# Of a portion or a pack (`a gram of Emma`, `two vials of Jack`), of a use or a trace (`use
# of Henry`, `traces of Emma`), and `how much Henry`.
_OF: Final = frozenset({"of", "much"})
_PACKS: Final = frozenset({
    "box", "boxes", "vial", "vials", "bottle", "bottles", "pack", "packs", "packet", "packets",
    "strip", "strips", "blister", "tub", "jar", "ampoule", "ampoules", "trace", "traces",
    "use", "misuse", "possession", "sale", "supply", "dose", "doses", "line", "lines",
    "point", "points", "half",
})
# Ways of taking a drug whose object it is, in forms no name follows as the subject
# (`Nu röker Erik` puts the subject after the verb; `att röka Jack` and `snorting` never).
_TAKING: Final = frozenset({
    "röka", "snorta", "sniffa", "injicera", "smoke", "smoking", "snort", "snorting",
    "sniff", "sniffing", "inject", "injecting", "snortar", "snortade", "snortat",
    "injicerar", "injicerade", "injicerat", "sniffar", "sniffade", "sniffat",
})
# Two words before: a state one is in, comes out of or depends on.
_STATES: Final = frozenset({
    ("hög", "på"), ("höga", "på"), ("påtänd", "på"), ("påtända", "på"), ("dygn", "på"),
    ("dagar", "på"), ("beroende", "av"), ("abstinens", "efter"), ("abstinensen", "efter"),
    ("suget", "efter"), ("high", "on"), ("days", "on"), ("nights", "on"), ("addicted", "to"),
    ("hooked", "on"), ("comedown", "from"), ("withdrawal", "from"), ("withdrawals", "from"),
    ("overdose", "on"), ("overdosed", "on"), ("överdos", "av"), ("tripp", "på"),
    ("high", "på"),
    ("slutat", "med"), ("sluta", "med"), ("slutade", "med"), ("vägde", "upp"),
    ("väger", "upp"), ("weighed", "out"),
    # found in a sample, used, traded: `spår av Emma`, `bruk av Jack`, `handel med Henry`
    ("spår", "av"), ("positivt", "för"), ("positiv", "för"), ("positive", "for"),
    ("bruk", "av"), ("användning", "av"), ("missbruk", "av"), ("intag", "av"),
    ("handel", "med"), ("dealing", "in"), ("en", "ask"), ("recept", "på"),
    ("prescription", "for"), ("användare", "av"), ("users", "of"), ("dog", "av"),
    ("died", "of"), ("blandade", "med"), ("blandat", "med"), ("blandar", "med"),
})
# Sold and seized in the passive, the drug after the verb (`det såldes Emma i påsar`).
_PASSIVES: Final = frozenset({"säljs", "såldes", "langas", "langades", "smugglades",
                              "smugglas", "beslagtogs", "beslagtas"})

# Mixing, and the word after the mixed one: `blanda aldrig Emma med alkohol`.
_MIXING: Final = frozenset({"blanda", "blandar", "blandade", "blandat", "mixa", "mixar",
                            "mixade", "mix", "mixing", "mixed", "späda",
                            "spädde", "sträcka"})
_WITH: Final = frozenset({"med", "with"})
_SKIPPED: Final = frozenset({"aldrig", "inte", "ej", "never", "not", "gärna", "ofta"})


def drug_framed(tok: Tok, toks: list[Tok]) -> bool:
    """The word stands where a drug's name does: weighed, taken, a state, mixed."""
    i = before_quotes(toks, tok.index)
    if (i >= 0 and _framed_before(tok, toks, i)) or in_a_substance_slot(tok, toks, i):
        return True  # två gram Emma; Rose innehöll, fann Rose i provet (drugslots.py)
    return _plus_a_drug(tok, toks) or _glossing_a_drug(tok, toks) or priced(tok, toks) or (
        in_a_sample(tok, toks)) or (i >= 0 and cut_with_a_drug(tok, toks, i)) or (
        mixed_pair(tok, toks) or after_a_quoted_drug(tok, toks) or tallied(tok, toks)) or (
        said_to_be_cut(tok, toks) or said_neuter(tok, toks)) or (
        harm_framed(tok, toks) or used_now(tok, toks) or drug_talked_of(tok, toks)) or (
        tok.folded in STREET_GIVEN_NAMES and beside_a_drug(toks, tok.index) and (
            _word_after(tok, toks) not in PERSON_VERBS))  # Tramadol och Emma; not `Emma sa`


def _framed_before(tok: Tok, toks: list[Tok], i: int) -> bool:
    prev = toks[i].folded
    if prev in _PORTIONS or prev in _PASSIVES:
        return toks[i].text.islower()  # not the given name Lina before Emma
    if prev in _TAKING:  # not one treated: `injicerade Jack med naloxon`
        return toks[i].text.islower() and _word_after(tok, toks) not in _WITH
    before = toks[i - 1].folded if i >= 1 else ""
    if prev in _OF:
        return before in _PORTIONS or before in _PACKS or before in ("how", "too", "so")
    if prev in _AFTER and _harmed(before) and _no_clause_after(tok, toks):
        return True  # förgiftning efter "Pirri", dizziness after Jack; not `efter Jack slog`
    return (before, prev) in _STATES or _mixed(tok, toks, i) or counted(tok, toks, i) or (
        pill_headed(tok, toks, i) or cautioned(tok, toks, i) or denied(tok, toks, i) or (
            bag_sized(tok, toks)))  # fyra Jerry kvar, pillret Rose innehöll, heter inte Henry


def _harmed(word: str) -> bool:
    """A harm's word, also as a compound's head: `opioidförgiftning`, `cathinone-psykos`."""
    return word.rsplit("-", 1)[-1] in _HARMED or word.endswith(_HARM_HEADS)


_HARM_HEADS: Final = ("förgiftning", "förgiftningen", "psykos", "psykosen", "överdos",
                      "poisoning", "psychosis")


def _no_clause_after(tok: Tok, toks: list[Tok]) -> bool:
    """No verb right after: `efter Jack slog honom` is a clause with Jack its subject."""
    after = tok.index + (2 if tok.quoted else 1)
    return after >= len(toks) or not toks[after].alpha or toks[after].folded in STOP_WORDS


# Harm after something taken: `opioidförgiftning efter "Pirri"`, `psykos efter Jack`.
_AFTER: Final = frozenset({"efter", "after"})
_HARMED: Final = frozenset({
    "förgiftning", "förgiftningen", "förgiftad", "förgiftade", "psykos", "psykosen", "kramper",
    "överdos", "överdosen", "medvetslös", "medvetslösa", "kollaps", "kollapsade", "däckade",
    "illamående", "hjärtklappning", "poisoning", "overdose", "overdosed", "psychosis",
    "seizures", "seizure", "collapsed", "dizziness", "unconscious", "hyperthermia",
})


def _word_after(tok: Tok, toks: list[Tok]) -> str:
    after = tok.index + (2 if tok.quoted else 1)
    return toks[after].folded if after < len(toks) else ""


def _mixed(tok: Tok, toks: list[Tok], i: int) -> bool:
    """`Blanda aldrig Emma med alkohol`, `they cut Jack with caffeine`."""
    while i >= 0 and toks[i].folded in _SKIPPED:
        i -= 1
    after = tok.index + (2 if tok.quoted else 1)
    return i >= 0 and toks[i].folded in _MIXING and after < len(toks) and (
        toks[after].folded in _WITH)



# Joining two items of one list: `heroin eller brown`, `hasch, brown`.
_JOINS: Final = frozenset({"och", "eller", "samt", "and", "or", ",", "&", "/"})
_QUOTES: Final = frozenset({'"', "'", "”", "“", "»", "«", "’", "‘"})
_HEDGES: Final = frozenset({"kanske", "typ", "nog", "troligen", "möjligen", "maybe", "perhaps",
                            "probably", "possibly"})


def beside_a_drug(toks: list[Tok], i: int) -> bool:
    """toks[i] is joined to a substance's name on either side (`heroin eller brown`). Asked
    only of a surname typed in lower case, alone: people are joined to drugs too (`sår efter
    tjack och Micke`, `my brother Guled and spice`)."""
    k = i - 1 if i >= 1 and toks[i - 1].folded in _HEDGES else i  # eller kanske brown
    if k >= 1 and toks[k - 1].text in _QUOTES:
        k -= 1  # "Emma" och "Lean": the item's own quotes
    m = i + 1 if i + 1 < len(toks) and toks[i + 1].text in _QUOTES else i
    for join, step in ((k - 1, -1), (m + 1, 1)):
        other = join + step
        quoted = 0 <= other < len(toks) and toks[other].text in _QUOTES
        other += step if quoted else 0
        if join >= 0 and 0 <= other < len(toks) and toks[join].folded in _JOINS and (
                _a_substance(toks[other]) or (quoted and toks[i].quoted and (
                    toks[other].folded in lexicon.drugs()))):  # "Lean" och "Emma": a list
            return True
    return False


def _a_substance(tok: Tok) -> bool:
    return tok.alpha and not tok.info.first and (
        tok.folded in lexicon.entries("substances") or drug_form(tok.text))


_PREPOSITIONS: Final = frozenset({"förutom", "kring", "runt", "utom", "trots", "besides",
                                  "except", "despite", "around"})
_SHORTEST_VERB: Final = 4


def parallel_to_a_drug(tok: Tok, toks: list[Tok]) -> bool:
    """The word before `tok` stands elsewhere in the text before a drug's or medicine's name,
    both ending their rows: rows of one list (`uppger Jack⏎` / `uppger Sobril⏎`) name the
    same kind of thing (`uppger Emma som kontakt` may be someone). Only a
    word in lower case that is no function word or preposition (`med`, `utan` are said of
    people and drugs alike)."""
    i = tok.index - 1
    if i < 0 or not _ends_a_row(toks, tok.index):
        return False
    prev = toks[i]
    if len(prev.text) < _SHORTEST_VERB or not (prev.alpha and prev.text.islower()) or (
            prev.folded in STOP_WORDS or prev.folded in _PREPOSITIONS):
        return False
    for j in positions(toks).get(prev.text, ()):
        if j != i and j + 1 < len(toks) and _a_drug_named(toks[j + 1]) and _ends_a_row(
                toks, j + 1):
            return True
    return False


def _a_drug_named(tok: Tok) -> bool:
    return tok.alpha and not tok.info.first and (
        tok.folded in lexicon.drugs() or drug_form(tok.text))


def _ends_a_row(toks: list[Tok], k: int) -> bool:
    return k + 1 >= len(toks) or toks[k + 1].line_break_before


def _plus_a_drug(tok: Tok, toks: list[Tok]) -> bool:
    """`Emma + alkohol`, `GHB + Jack`: a plus joins what is mixed, never a person."""
    i = tok.index
    return (i + 2 < len(toks) and toks[i + 1].text == "+" and _mixable(toks[i + 2])) or (
        i >= 2 and toks[i - 1].text == "+" and _mixable(toks[i - 2]))


_ALCOHOL: Final = frozenset({"alkohol", "alcohol", "sprit", "öl", "vin", "booze", "beer",
                             "wine"})


def _mixable(tok: Tok) -> bool:
    return tok.folded in _ALCOHOL or _a_substance(tok)


def _glossing_a_drug(tok: Tok, toks: list[Tok]) -> bool:
    """A brand in brackets right after its substance: `dexmedetomidin (Emma)`."""
    i = tok.index
    return i >= 2 and i + 1 < len(toks) and toks[i - 1].text == "(" and (
        toks[i + 1].text == ")") and _a_substance(toks[i - 2])


# `"Pirri" som var nitazen`, `"Zonka" der er metamfetamin`, `"X" that contains ketamine`: a
# quoted word said to be a substance is its street name.
_WHICH: Final = frozenset({"som", "der", "that", "which"})
_IS: Final = frozenset({"var", "är", "varit", "visade", "er", "is", "was", "contains",
                        "contained", "innehöll", "innehåller", "turned"})
_IS_WITHIN: Final = 4


def quoted_drug(tok: Tok, toks: list[Tok]) -> bool:
    """A quoted word that no list holds as a name, where a drug stands (the frames above,
    also joined to a drug: `bruk av Imovane samt "Pirri"`), or said to be a substance
    (`"Pirri" som var nitazen`); a quoted given name is a nickname unless its frame is a
    drug's (drug_framed)."""
    if tok.info.name:  # also a list's last item: `bruk av Imovane samt "Rita".`
        return tok.info.first and (drug_framed(tok, toks) or (
            beside_a_drug(toks, tok.index) and _word_after(tok, toks) in _CLAUSE_ENDS))
    return drug_framed(tok, toks) or beside_a_drug(toks, tok.index) or _said_to_be_a_drug(
        tok, toks)


_CLAUSE_ENDS: Final = frozenset({".", ",", ";", "!", "?", ")", ""})


def _said_to_be_a_drug(tok: Tok, toks: list[Tok]) -> bool:
    j = tok.index + 2  # past the closing quote
    if j + 1 >= len(toks) or toks[j].folded not in _WHICH or toks[j + 1].folded not in _IS:
        return False
    for t in toks[j + 2 : j + 2 + _IS_WITHIN]:
        if t.text in (".", "!", "?", ";") or t.line_break_before:
            return False
        if _a_substance(t):
            return True
    return False
