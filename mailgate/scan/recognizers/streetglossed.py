"""A given name the text itself glosses as a substance is that substance wherever the text
uses it alone: `Heroin kallas Henry här … Henry är dyrare`, `Billy (amfetamin) … börjat med
Billy`, `Sally, alltså MDA`, `Rita = Ritalin`, `Bob är slang för cannabis`, `Pablo betyder
kokain`, `they call heroin Henry`, `Ketamine goes by Kat`.

Street names that are given names common here (Henry, Emma, Pablo, Billy) are not listed as
drugs, or every Henry would be one; a writer who explains the slang says which it is. Such a
name stays someone's where the text speaks of a person (`Henry sa`, `sa Pablo`, `klienten
Henry`, `Emma, 15 år`: drugnamed.spoken_of_as_someone) and with a surname (`Henry Lind`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES, USE_VERBS
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.drugforms import drug_form
from mailgate.scan.recognizers.drugnamed import PERSON_VERBS, spoken_of_as_someone
from mailgate.scan.recognizers.drugused import used_as_a_drug
from mailgate.scan.recognizers.glossed import GLOSSES, SAME_AS, glossed
from mailgate.scan.recognizers.textindex import index_by_start, positions
from mailgate.scan.recognizers.words import QUOTES, Tok

# Right after the name, before the substance: `Sally, alltså MDA`, `Rita = Ritalin`,
# `Pablo betyder kokain`, `Emma står för morfin`, `Kat (ketamin)`.
# (Not `aka`, `alias`: a person's nickname follows them.)
_SAYING: Final = frozenset({"alltså", "dvs", "dvs.", "i.e.", "ie", "betyder", "means",
                            "meaning", "står", "stands", "altså", "eli", "nämligen"})
# A bracket or an equals sign glosses a ledger's items too (`Ahmed (Lyrica)`, `Sara = Xanor`:
# who bought what), so only a substance's generic name in lower case or capitals glosses a
# name there (`Henry (heroin)`, `Sally = MDA`), not a brand.
_BRACKETS: Final = frozenset({"(", "="})
# Copulas before a word of slang: `Bob är slang för cannabis`, `Betty is their word for crack`.
_IS: Final = frozenset({"är", "is", "was", "var", "er"})
_SLANG: Final = frozenset({
    "slang", "slangord", "slangordet", "gatunamn", "gatunamnet", "gatunavn", "gatenavn",
    "smeknamn", "word", "name", "term", "ord", "ordet", "namn", "namnet", "navn", "kodord",
    "code", "codeword", "nickname",
})
# Naming verbs after the substance: `heroin kallas Henry`, `kokain heter Pablo`, `ketamine
# goes by Kat`; and before it: `they call heroin Henry`, `säger Emma om morfin`.
_NAMED: Final = frozenset({"kallas", "kallades", "heter", "hette", "kaldes", "kalles",
                           "called", "named", "kallat", "kallad"})
_GOES: Final = frozenset({"goes", "go", "went"})
# Verbs of taking and trading before a substance: its name then names the trader.
_TRADE: Final = USE_VERBS | {"säljer", "sålde", "langar", "langade", "köper", "tar", "röker",
                             "sells", "sold", "selling", "buys", "takes", "smokes", "deals"}
# Between the substance and its naming verb: `heroin som ofta kallas Henry`.
_ADVERBS: Final = frozenset({"som", "ofta", "även", "också", "ibland", "numera", "här",
                             "is", "was", "are", "also", "often", "sometimes", "usually"})
# Between the naming verb and the name: `heroin kallas ibland för Henry`.
_BETWEEN: Final = _ADVERBS - {"som", "is", "was", "are"}
# A street name's word right before it: `gatunamnet Henry` (`namnet Yusuf` is anyone's name).
_STREET_NAME: Final = frozenset({"gatunamn", "gatunamnet", "gatunavnet", "gatenavnet",
                                 "slangordet", "slangnamnet", "slangnavnet"})
_CALL: Final = frozenset({"call", "calls", "kallar", "kalla", "kaller", "kalder"})
_SAY: Final = frozenset({"säger", "sa", "sade", "say", "says", "siger", "sier"})
_ABOUT: Final = frozenset({"om", "for", "för", "about"})
_REACH: Final = 4  # words between a gloss's parts: `är ett vanligt gatunamn för`
_ENDS: Final = frozenset({".", "!", "?", ";", "\n"})


def street_glossed_out(text: str, toks: list[Tok], found: list[Hit]) -> list[Hit]:
    """`found` without the lone given names the text glosses as a substance."""
    alone = {text[h.start : h.end] for h in found if _one_word(text, h)}
    if not alone:
        return found
    at = positions(toks)
    glossed = {w for w in alone if any(_glossed(toks, i) for i in at.get(w, ())) or (
        used_as_a_drug(toks, at.get(w, ())))}  # or weighed, packed, listed once (drugused.py)
    if not glossed:
        return found
    by_start = index_by_start(toks)
    return [h for h in found if text[h.start : h.end] not in glossed or _someone(
        toks, by_start.get(h.start))]


def _one_word(text: str, h: Hit) -> bool:
    word = text[h.start : h.end]
    return word[:1].isupper() and word.isalpha()


def _someone(toks: list[Tok], i: int | None) -> bool:
    """The name here is said of a person: `Henry sa`, `sa Pablo själv`, `klienten Henry`, or
    quoted as someone's nickname (`He booked as "Charlie"` beside `"Charlie" (coke)`)."""
    return i is None or toks[i].quoted or _spoken_of(toks, i)


def _spoken_of(toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    if (tok.cue == "relation" and not _named_before(toks, i)) or spoken_of_as_someone(
            tok, toks):
        return True  # `heter` cues a person's name, but not a substance's (kokain heter Pablo)
    if i < 1 or tok.line_break_before:
        return False
    before = toks[i - 1]
    return before.folded in PERSON_VERBS or (  # sa Pablo, my neighbour Henry
        i > 1 and toks[i - 2].folded in _POSSESSIVES and before.alpha and before.text.islower())


_POSSESSIVES: Final = frozenset({"min", "din", "hans", "hennes", "vår", "deras", "my", "your",
                                 "his", "her", "our", "their", "mitt", "mine"})


def _glossed(toks: list[Tok], i: int) -> bool:
    """The name at toks[i] is glossed as a substance right there, and not said of someone
    there (`sonen Yannis (cannabis)` names a son and his problem). The gloss is asked first:
    most names have none, and whether one is said of someone takes longer to tell."""
    return _gloss_there(toks, i) and not _spoken_of(toks, i)


def _gloss_there(toks: list[Tok], i: int) -> bool:
    if i + 1 < len(toks) and toks[i + 1].text in _BRACKETS:
        return _bracketed(toks, i)
    if _said_after(toks, i) or _named_before(toks, i):
        return True
    # the glosses that clear the word itself (glossed.py: `X is their word for crack`, `X →
    # Y`), trusted through the text for a listed street name only: their doses, findings and
    # naming verbs (`Concerta 54 mg`, `Killen som säljer GHB kallas "Kungen"`) are said of
    # words a person may also be called
    tok = toks[i]
    return (tok.drug_word or tok.folded in STREET_GIVEN_NAMES) and _gloss_beside(toks, i) and (
        glossed(i, i, toks))


# The words a gloss of glossed.py opens with after the name (`=`, `→`, `betyder`, `is their
# word for`), or closes with before it (`samma som`, `kallas`); not a bare copula (`Molly är
# MDMA-påverkad` is said of her), nor a dose or a finding.
_GLOSS_OPENS: Final = frozenset(p[0] for p in GLOSSES) - {"är", "is", "("}
_GLOSS_CLOSES: Final = frozenset(p[-1] for p in SAME_AS)


def _gloss_beside(toks: list[Tok], i: int) -> bool:
    after = toks[i + 2] if i + 2 < len(toks) and toks[i + 1].text in QUOTES else (
        toks[i + 1] if i + 1 < len(toks) else None)
    before = toks[i - 2] if i >= 2 and toks[i - 1].text in QUOTES else (
        toks[i - 1] if i >= 1 else None)
    return (after is not None and after.folded in _GLOSS_OPENS) or (
        before is not None and before.folded in _GLOSS_CLOSES)


def _bracketed(toks: list[Tok], i: int) -> bool:
    """`Henry (heroin)`, `Sally = MDA`: one generic substance alone in the bracket or after
    the sign. A register's patients are listed so too, surname first (`Lind, Vera (GHB)`)."""
    k = i + 2
    if k >= len(toks) or not _generic(toks[k]) or toks[k].line_break_before:
        return False
    closed = toks[i + 1].text != "(" or (k + 1 < len(toks) and toks[k + 1].text == ")")
    return closed and not (i >= 2 and toks[i - 1].text == "," and toks[i - 2].capital)


def _said_after(toks: list[Tok], i: int) -> bool:
    """`Sally, alltså MDA`, `Henry (heroin)`, `Bob är slang för cannabis`, `Emma om morfin`."""
    j = i + 1
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j >= len(toks) or toks[j].line_break_before:
        return False
    word = toks[j].folded
    if word in _SAYING:
        return _substance_within(toks, j + 1, 2)
    if word in _IS:
        for k in range(j + 1, min(len(toks), j + 1 + _REACH)):
            if toks[k].text in _ENDS or toks[k].line_break_before:
                return False
            if toks[k].folded in _SLANG:
                return _substance_within(toks, k + 1, 3)
        return False
    # `säger Emma om morfin`: a word said about a substance
    return word in _ABOUT and i > 0 and toks[i - 1].folded in _SAY and _substance_within(
        toks, j + 1, 1)


def _named_before(toks: list[Tok], i: int) -> bool:
    """`heroin kallas Henry`, `kokain heter Pablo`, `Ketamine goes by Kat`, `they call heroin
    Henry`, `kallar heroin för Henry`, `gatunamnet Henry`, `heroin (Henry)`."""
    k = i - 1
    if k < 0 or toks[i].line_break_before:
        return False
    if toks[k].text == "(" and k > 0:
        return _generic(toks[k - 1])  # heroin (Henry); not a car's plate: Audi (ADP 160)
    if toks[k].folded in _STREET_NAME or (toks[k].folded == "name" and k > 0 and (
            toks[k - 1].folded == "street")):
        return True  # gatunamnet Henry, the street name Henry; not `med namnet Yusuf`
    if toks[k].folded in ("för", "for") and k > 0:
        k -= 1  # kallas för Henry, kallar heroin för Henry
    while k > 0 and toks[k].folded in _BETWEEN:
        k -= 1  # kallas ibland för Henry, heter ofta Pablo
    if toks[k].folded == "by":  # goes by Kat; not `Toxicology by Läkemedelsverket`
        k -= 1
        if k < 0 or toks[k].folded not in _GOES:
            return False
    if toks[k].folded in _NAMED or toks[k].folded in _GOES:
        k -= 1
        while k > 0 and toks[k].folded in _ADVERBS:
            k -= 1  # heroinet kallas ofta Henry
        # the substance is the verb's subject: not `killen heter Ali`, nor the object of
        # someone's trade (`Killen som säljer GHB kallas "Kungen"`)
        return k >= 0 and _a_substance(toks[k]) and (k == 0 or toks[k - 1].folded not in _TRADE)
    # call heroin Henry, heter heroin Henry (the verb first, as Swedish puts it after a place)
    return _a_substance(toks[k]) and k > 0 and (
        toks[k - 1].folded in _CALL or toks[k - 1].folded in _NAMED)


def _substance_within(toks: list[Tok], start: int, reach: int) -> bool:
    for t in toks[start : start + reach]:
        if t.text in _ENDS or t.line_break_before:
            return False
        if _a_substance(t):
            return True
    return False


def _generic(tok: Tok) -> bool:
    """A substance's generic name, in lower case or capitals (`heroin`, `MDA`), not a brand
    nor a letter (`Erik (G)` in an ambulance's list of patients)."""
    return len(tok.text) > 1 and tok.alpha and (tok.text.islower() or tok.text.isupper()) and (
        _a_substance(tok))  # not a code: `Ahmed (3-MMC)` is who had what


def _a_substance(tok: Tok) -> bool:
    """A substance's or medicine's name that is no given name (`heroinet`, `MDA`, `Ritalin`),
    or a listed code of letters and digits (`2C-B`, `3-MMC`: `Rose är det nya namnet på 2C-B`;
    never in a bracket, see `_generic`)."""
    if not tok.alpha:
        return any(map(str.isalpha, tok.text)) and tok.folded in lexicon.drugs()
    return not tok.info.first and (tok.folded in lexicon.drugs() or drug_form(tok.text))
