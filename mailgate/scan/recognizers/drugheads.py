"""A drug product's name after the word for what it is: `produkten "Lean Gainz"`,
`rökblandningen "Bliss Blend"`, `pre-workouten Craze`, `Pulvret som kallades Bernice`,
`tabletterna hette "Pandora Gold"`, `the blend "Kush Kandy"`.

Warnings name new products, blends, strains and pills by names no list can hold yet, and
many of them are built of given names and surnames (`Pandora Gold`, `Lean Gainz`). The word
for the product right before the name (past its quotes), or as the subject of a naming verb
before it, says the name is the product's. Unquoted, a run holding a listed given name is
left alone (`pillret Anna gav mig` names Anna); the subject of a naming verb must open its
clause (`Killen som sålde pillren heter Omar` names the seller).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.textindex import lettered
from mailgate.scan.recognizers.words import QUOTES, Tok

# Swedish (and Danish and Norwegian) words for a drug product, singular and plural, as the
# word right before its name. Compounds ending in one count too (rökblandningen,
# fettförbrännaren, sömntabletten, pre-workouten).
DRUG_HEADS: Final = frozenset({
    "produkt", "produkten", "produkter", "produkterna", "produktet", "preparat", "preparatet",
    "preparaten", "pulver", "pulvret", "pulveret", "blandning", "blandningen", "blandingen",
    "tillskott", "tillskottet", "substansen", "stoffet", "drogen", "drogerna", "tabletten",
    "tabletterna", "tablett", "tabletter", "tablettene", "pillret", "pillren",
    "pillen", "pillene", "kapseln", "kapslarna", "kapsler", "sorten", "sorter", "sorterna",
    # the Danish and Norwegian plurals and the Swedish spoken one: tabletterne kaldes "Emma"
    "tabletterne", "pillerne", "pillerna", "kapslerne", "kapslene", "stofferne", "stoffene",
    "strainen", "märket", "varumärket", "sprayen", "workouten", "förbrännaren",
    # the packs a product is sold in: två burkar "Max Power", asken "X"
    "burk", "burken", "burkar", "burkarna", "förpackningen", "förpackningar", "asken",
    "askar", "flaskan", "flaskor", "flaskorna",
    # vapes, their cartridges and seeds: vape-patronen hette Big Chief, fröna hette X
    "patron", "patronen", "patroner", "patronerna", "fröna", "fröet", "fröer", "fröerna",
    # patches and the substance itself: fentanylplåstren kallas "Frimärken", ämnet "Pirat"
    "plåster", "plåstret", "plåstren", "ämnet", "ämnena",
})
# Compounds: their last part, at least this long, after at least two letters of their first.
_ENDINGS: Final = tuple(sorted(w for w in DRUG_HEADS if len(w) >= 6))
_SHORTEST_PREFIX: Final = 2
# English words, in lower case only (`Blend` and `Strain` may be surnames).
DRUG_HEADS_EN: Final = frozenset({
    "product", "products", "powder", "powders", "blend", "blends", "strain", "strains",
    "supplement", "supplements", "preworkout", "pre-workout", "pill", "pills", "tablet",
    "tablets", "tab", "tabs", "capsule", "capsules", "batch", "brand", "drug", "substance",
    "cart", "carts", "cartridge", "cartridges", "vape", "vapes", "edible", "edibles", "seeds",
    "patch", "patches",
})
NAMING: Final = frozenset({"heter", "hette", "kallas", "kallades", "kallat", "kaldes", "kalles",
                           "called", "named", "dubbed"})
# Naming verbs that take `som`/`as` before the name: `tabletterne omtales som "Emma"`.
_NAMED_AS: Final = frozenset({"omtales", "omtalas", "omtalt", "omtalte", "betegnes",
                              "betecknas", "benämns", "benævnes", "referred"})
_AS: Final = frozenset({"som", "as"})
# Between a naming verb's subject and the verb: `pulvret som kallades`, `the pills were called`.
_LINKS: Final = frozenset({"som", "is", "was", "are", "were", "der", "also", "också", "även",
                           "har", "hade", "has", "had", "have", "been"})
# What may stand before the subject of a naming verb: nothing of its clause but a determiner
# or a number (`De nya tabletterna hette`); `som sålde pillren heter` has a verb there and
# `Säljaren av pillren kallas` a preposition: the seller is named.
_OPENERS: Final = frozenset({"de", "den", "det", "dessa", "the", "these", "those", "some",
                             "två", "tre", "flera", "alla", "många", "nya", "new", "en", "ett",
                             "a", "an"})

_A_HEAD_ENDING: Final = Endings(_ENDINGS)


def drug_head_words(folded: frozenset[str]) -> bool:
    """Whether a text's words hold any drug head (the gate: most texts hold none)."""
    if not (DRUG_HEADS.isdisjoint(folded) and DRUG_HEADS_EN.isdisjoint(folded)):
        return True
    # the ending first, kept per word: a compound is rare, a call per word is not
    return any(map(_compound, filter(_A_HEAD_ENDING.of, lettered(folded))))


def _compound(folded: str) -> bool:
    return folded.endswith(_ENDINGS) and any(
        folded.endswith(e) and len(folded) - len(e) >= _SHORTEST_PREFIX for e in _ENDINGS)


def a_drug_head(tok: Tok) -> bool:
    """The token is a word for a drug product (English in lower case only)."""
    if tok.folded in DRUG_HEADS_EN:
        return not tok.capital
    return tok.folded in DRUG_HEADS or _compound(tok.folded)


def after_a_drug_head(run: list[Tok], toks: list[Tok]) -> bool:
    """The run is a product's name by the word for the product before it."""
    if len(run) > 1 and a_drug_head(run[0]):
        return not any(t.info.first for t in run[1:])  # Fettförbrännaren Ripzone Xtreme
    first = run[0].index
    i = first - 1
    while i >= 0 and toks[i].text in QUOTES:
        i -= 1
    if i < 0 or toks[i + 1].line_break_before:
        return False
    if toks[i].folded in _JOINERS and _named_after_its_head(i - 1, toks):
        return True  # hette drogerna Kronblad och Nattsol: the list goes on
    quoted = i + 1 < first
    if a_drug_head(toks[i]):  # and a naming verb before it: `I Umeå kallas pillren Stina`
        return quoted or not any(t.info.first for t in run) or (
            i > 0 and toks[i - 1].folded in NAMING and not toks[i].capital)
    i = _naming_verb(toks, i)
    if i < 0:
        return False
    k = i - 1
    while k >= 0 and i - k <= 2 and toks[k].folded in _LINKS:
        k -= 1
    return k >= 0 and a_drug_head(toks[k]) and (
        k == 0 or not toks[k - 1].alpha or toks[k - 1].folded in _OPENERS
        or toks[k].sentence_start)


_JOINERS: Final = frozenset({"och", "eller", ",", "and", "or"})
# `kallas för`, with a place or a group between (`kallas i forumen för "Pirat"`).
_FOR: Final = frozenset({"för"})
_FOR_REACH: Final = 4
# A name given as a noun after a verb of getting: `Pulvret har fått smeknamnet "Spöket"`.
_NAME_NOUNS: Final = frozenset({"smeknamnet", "gatunamnet", "namnet", "nickname", "name"})
_GOT: Final = frozenset({"fått", "fick", "får", "got", "gets", "given", "earned"})


def _naming_verb(toks: list[Tok], i: int) -> int:
    """Where the naming verb is whose name follows toks[i] (`hette`, `omtales som`, `kallas
    … för`, `fått smeknamnet`), or -1."""
    word = toks[i].folded
    if word in NAMING:
        return i
    if word in _AS and i > 0 and toks[i - 1].folded in _NAMED_AS:
        return i - 1  # omtales som "Emma": the verb before its `som`
    if word in _NAME_NOUNS and i > 0 and toks[i - 1].folded in _GOT:
        return i - 1
    if word in _FOR:
        for k in range(i - 1, max(-1, i - 1 - _FOR_REACH), -1):
            if toks[k].folded in NAMING:
                return k
            if not toks[k].alpha:
                break  # `,` or `.`: another clause's verb
    return -1




def _named_after_its_head(j: int, toks: list[Tok]) -> bool:
    """toks[j] ends a name that a naming verb and a drug's word stand before, in that order
    (`kallas pillren Stina`), past a few capitalised words and quotes."""
    k = j
    while k >= 0 and j - k < 4 and (toks[k].capital or toks[k].text in QUOTES):
        k -= 1
    return k >= 1 and k < j and a_drug_head(toks[k]) and not toks[k].capital and (
        toks[k - 1].folded in NAMING)
