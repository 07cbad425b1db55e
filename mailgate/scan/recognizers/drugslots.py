"""A given name in a substance's slot, told by the words right after it or the two before:
what it holds (`pillret Rose innehöll fentanyl`, `Benny contains PMMA`), done to it in the
passive (`Rosa blandas med alkohol`, `Dolly säljs billigt`), a count in brackets (`- Henry (2
påsar)`), a test's result in the neuter (`Provsvar: Henry positivt`), where it shows (`Labbet
fann Rose i provet`, `hade Benny i blodet`, `hadde Emma i sokken`, `Henry hittades i
urinprovet`), a deal's portion (`3 wraps of Henry`), taken with a drink (`had taken Jack and
alcohol`), eaten or swallowed (`Barnet har ätit Rose`), a
state one is in or comes out of (`påverkad av Henry`, `nedtrappning från Dolly`, `coming down
from Benny`). A person holds no substance, is not mixed, smoked or sold, shows in no sample
and is not eaten; these words stand after a person's name only in other senses (`Rosa i
klassen`, `Rose positiv för covid`), which the tables leave out, as they leave out a dose
after the word (`Anna 10 mg morgon` is a patient's). Street names that are given names too
common to list (Rose, Henry, Benny, Dolly) are told from people so; drugframe.drug_framed
asks this of given names only.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugobjects import object_of_drug_talk
from mailgate.scan.recognizers.words import Tok

# Right after the word: it holds a substance. A person, a phone or a bag holds things too,
# but none is named by a given name: `Rosa innehåller`, `X contained PMMA`.
_HOLDS: Final = frozenset({
    "innehåller", "innehöll", "innehållit", "innehålla", "innehållande", "contains",
    "contained", "containing", "inneholder", "inneholdt", "indeholder", "indeholdt",
})
# A preposition before the word makes it the object in a noun's phrase, and the verb after
# the noun's: `Mejlet från Anna innehöll`, `tabletterna från Henry innehöll` (the seller).
_OWNERS: Final = frozenset({
    "från", "till", "av", "om", "hos", "för", "med", "åt", "vid", "på", "mot", "efter",
    "from", "by", "to", "of", "for", "with", "at", "about", "fra", "af", "til",
})
# Right after the word: done to a substance in the passive. People are not mixed, smoked,
# snorted, sold or pressed (`Rosa säljs billigt`); not `hittades` (a person is found too),
# nor `injiceras` or `doseras`, said of a patient treated (`Henry injiceras med naloxon`).
_DONE_TO: Final = frozenset({
    "blandas", "blandades", "blandats", "röks", "röktes", "snortas", "snortades", "sniffas",
    "sniffades", "säljs", "såldes", "langas", "langades", "pressas", "pressades", "selges",
    "solgtes", "sælges", "blandes", "røykes", "ryges",
})
# The word shows in a sample, a result or the blood: `fann Rose i provet`, `Benny i blodet`.
_IN: Final = frozenset({"i", "in"})
_SAMPLES: Final = frozenset({
    "provsvaret", "serum", "plasma", "sample",
    "samples", "pulvret", "tabletten", "tabletterna", "kapseln", "prøven", "prøvene",
    "näytteessä",
})
# A school's test is `provet` too (`bäst gick det för Rosa i provet`), and a person may lie in
# the blood: a sample only after a verb of finding or having (`Labbet fann Rose i provet`,
# `Pojken hade Benny i blodet`).
_TESTS: Final = frozenset({"provet", "proverna", "blodet", "urinen"})
_FOUND: Final = frozenset({"fann", "hittade", "hittat", "påvisade", "påvisat", "visade",
                           "detekterades", "påvisades", "found", "detected", "hade", "har",
                           "haft", "had", "has"})
# A hiding place no person fits in, after a verb of having or hiding: `Fangen hadde Emma i
# sokken`; not a pocket (`had the judge in his pocket`) nor a cell (a cellmate).
_STASHES: Final = frozenset({
    "sokken", "sokkene", "strumpan", "strumpen", "strumporna", "sock", "socks", "skon",
    "skoen", "skorna", "shoe", "shoes", "bh:n", "bh-en", "bra", "trosorna", "kalsongerna",
    "underwear", "tepåsen", "tepåse", "teposen",
})
_HID: Final = _FOUND | frozenset({"hadde", "havde", "gömde", "gömt", "gjemte", "gjemt",
                                  "skjulte", "gemte", "hid", "hidden", "stashed", "kept"})
# Found in a sample in the passive, right after the word: `Emma hittades i urinprovet`; a
# person is found too (`hittades i skogen`), so only a sample's own word follows.
_FOUND_IN: Final = frozenset({"hittades", "påvisades", "detekterades", "fanns", "fandtes",
                              "detected", "found", "påvist", "påvises"})
# Not `provet` (a school's test) nor `sample` (`the sample of volunteers`).
_ASSAYS: Final = frozenset({"urinprovet", "blodprovet", "urinproverna", "urinprøven",
                            "blodprøven", "urinprøvene", "tox-screen", "drug-screen"})
# A street deal's portion before `of`: `3 wraps of Henry`, `a bump of Emma` (drugframe has
# the packs); what the name owns after it stays someone's (`the rock of Henry's life`).
_DEALS: Final = frozenset({"wrap", "wraps", "baggies", "eighths", "bump", "bumps", "rock",
                           "rocks", "ounce", "ounces"})
# Taken with a drink: `Pt had taken Emma and alcohol`; `had taken Emma home` and
# `had taken Emma and Lisa` stay people (a substance joined: drugframe.beside_a_drug).
_TAKING: Final = frozenset({"taken", "tagit", "mixed", "blandade", "blandat", "combined",
                            "kombinerade"})
# ... unless carried somewhere: `had taken Emma and wine to the picnic`.
_CARRIED: Final = frozenset({"to", "till", "til", "home", "hem", "hjem", "with", "med"})
_DRINKS: Final = frozenset({"alcohol", "alkohol", "sprit", "booze", "beer",
                            "wine", "vodka", "öl", "vin", "øl"})
_ALONG: Final = frozenset({"and", "with", "och", "med", "og", "+"})
# The verb before: eaten or swallowed (`Barnet har ätit Rose`); not `åt`, also a
# preposition (`köpte blommor åt Rosa`), nor `ate` (`ate Rose's cake` reads the same).
_EATEN: Final = frozenset({"ätit", "ätits", "svalt", "svalde", "sväljer", "swallowed"})
# Three words before, as a police report or a nurse writes it: `under påverkan av Henry`,
# `under the influence of Rose`; not `the influence of Henry on her writing`.
_UNDER: Final = frozenset({("under", "påverkan", "av")})
# A purity's percent after the word, past a comma: `Tested sample: Rose, 78% purity`,
# `Benny 62 % renhet`; not a person's share (`Rose, 78% närvaro`).
_PERCENT: Final = frozenset({"%", "procent", "percent"})
_PURE: Final = frozenset({"purity", "pure", "renhet", "ren", "rent", "mdma", "kokain",
                          "cocaine", "amfetamin", "amphetamine", "thc", "ketamin",
                          "ketamine", "metamfetamin", "methamphetamine"})
_AFTER_EATEN: Final = frozenset({"", ".", ",", "!", "?", ";", ":", ")", "i", "på", "hos",
                                 "och", "igen", "hemma", "från", "under", "by", "at"})
# Two words before: a state one is in or comes out of (drugframe._STATES has more).
_STATES: Final = frozenset({
    ("påverkad", "av"), ("påverkade", "av"), ("påverkat", "av"),
    ("nedtrappning", "från"), ("nedtrappningen", "från"), ("nedtrappning", "av"),
    ("down", "from"), ("påvirket", "av"), ("påvirket", "af"), ("ruset", "av"),
    ("abstinens", "efter"), ("abstinensen", "efter"),
})
# Right after the word, a test's result in the neuter a sample's noun takes (`Provsvar:
# Henry positivt`); a person is `positiv` (`Rosa positiv för covid`).
_RESULTS: Final = frozenset({"positivt", "negativt"})
# Joined to a substance that then holds or is done to: `Rose och Subutex säljs billigt`.
_JOINS: Final = frozenset({"och", "eller", "and", "or", "og", "+"})
# A count in brackets after the word: `- Henry (2 påsar)`; not an age, `Henry (42)`.
_COUNTED: Final = frozenset({"g", "gram", "påse", "påsar", "st", "tabletter", "tabl",
                             "kapslar", "mg", "pills", "bags", "bag", "poser", "pussit"})


def in_a_substance_slot(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i] is the word before `tok` past its quotes (-1 at the text's start)."""
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else ""
    owned = i >= 0 and toks[i].folded in _OWNERS  # Mejlet från Anna innehöll: the mail's
    if not owned and (nxt in _HOLDS or nxt in _DONE_TO or nxt in _RESULTS or (
            nxt in _JOINS and _joined_substance(toks, after + 1))):
        return True
    if _counted_in_brackets(
            toks, after) or _a_purity(toks, after):
        return True
    if nxt in _IN and after + 1 < len(toks) and (toks[after + 1].folded in _SAMPLES or (
            toks[after + 1].folded in _TESTS and i >= 0 and toks[i].folded in _FOUND) or (
            toks[after + 1].folded in _STASHES and i >= 0 and toks[i].folded in _HID)):
        return True  # fann Rose i provet, hadde Emma i sokken
    if nxt in _FOUND_IN and _in_an_assay(toks, after + 1):
        return True  # Emma hittades i urinprovet
    if i >= 0 and toks[i].folded in _TAKING and nxt in _ALONG and (
            after + 1 < len(toks) and toks[after + 1].folded in _DRINKS) and (
            after + 2 >= len(toks) or toks[after + 2].folded not in _CARRIED):
        return True  # had taken Emma and alcohol
    return (i >= 0 and (_before(toks, i, nxt) or _a_deals_portion(tok, toks, i))) or (
        object_of_drug_talk(tok, toks, i))  # snorted some Pablo, pulvret var Rose


def _joined_substance(toks: list[Tok], k: int) -> bool:
    """toks[k] is a substance no one is named (`Subutex`), then a verb of holding or of what
    is done to a substance."""
    return k + 1 < len(toks) and toks[k].alpha and not toks[k].info.first and drug_form(
        toks[k].text) and (toks[k + 1].folded in _HOLDS or toks[k + 1].folded in _DONE_TO)


def _in_an_assay(toks: list[Tok], k: int) -> bool:
    """toks[k:] reads `i urinprovet`, `in the sample`."""
    if k >= len(toks) or toks[k].folded not in _IN:
        return False
    k += 1 if k + 1 < len(toks) and toks[k + 1].folded == "the" else 0
    return k + 1 < len(toks) and toks[k + 1].folded in _ASSAYS


def _a_deals_portion(tok: Tok, toks: list[Tok], i: int) -> bool:
    """toks[i] is `of` after a street deal's portion, and the name owns nothing after it."""
    if i < 1 or toks[i].folded != "of" or toks[i - 1].folded not in _DEALS:
        return False
    after = toks[tok.index + 1].text if tok.index + 1 < len(toks) else ""
    return not (after[:1] in ("'", "’") or tok.text.endswith(("'s", "’s")))


def _counted_in_brackets(toks: list[Tok], k: int) -> bool:
    return k + 3 < len(toks) and toks[k].text == "(" and toks[k + 1].text.isdigit() and (
        toks[k + 2].folded in _COUNTED) and toks[k + 3].text == ")"


def _a_purity(toks: list[Tok], k: int) -> bool:
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k + 1 >= len(toks) or not toks[k].text[:1].isdigit():
        return False  # nearly every word
    if toks[k].text.endswith("%"):
        k -= 1  # 78%: one token
    elif toks[k + 1].folded not in _PERCENT:
        return False
    return k + 2 < len(toks) and toks[k + 2].folded in _PURE


def _under_the_influence(toks: list[Tok], i: int) -> bool:
    words = tuple(t.text.casefold() for t in toks[max(0, i - 2) : i + 1])
    if words in _UNDER:
        return True
    return words[-2:] == ("influence", "of") and i >= 3 and toks[i - 3].folded == "under"


def _before(toks: list[Tok], i: int, nxt: str) -> bool:
    prev = toks[i]
    if prev.text.islower() and prev.folded in _EATEN and nxt in _AFTER_EATEN:
        return True  # not the subject after its verb: `Sen svalde Henry tabletterna`
    # the text's own word, not its folded form: a sentence's first word may lose its -s
    # (`Abstinens` folds as a genitive)
    return (i >= 1 and (toks[i - 1].text.casefold(), prev.text.casefold()) in _STATES) or (
        prev.folded in ("av", "of") and _under_the_influence(toks, i))
