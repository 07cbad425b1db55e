"""A given name where only a drug fits, in frames drugframe.py leaves out: overdosed on,
withdrawn or detoxed from (`misstänkt överdos Henry`, `OD på Henry`, `abstinens från Jack`,
`avgifta mig från Henry`, `nerdrogad på Emma`), ordered through a channel (`beställde Henry
via Snapchat`, `ordered Jack online`), got from a seller (`fått Emma av en kompis`, `some Henry
off a guy`), priced by the unit right after it (`Henry 400 kr/g`, `Emma 150 kr per kapsel`) or
tested with a reagent (`testade Emma med reagens`). People overdose, are ordered about and are
tested too, but not on, from or through a name, nor by the gram: `överdos, Henry 34 år`,
`beställde Henry en taxi`, `fick Emma att ringa` and `testade Emma med ett snabbtest` stay."""

from __future__ import annotations

from typing import Final

from mailgate.scan.drugcues import MEDICINE_DOSE_ENDINGS, MEDICINE_DOSE_UNITS
from mailgate.scan.recognizers.words import Tok

# Right before the name, in lower case: `misstänkt överdos Henry`, `överdoserade Jack`.
_OVERDOSED: Final = frozenset({"överdos", "överdoserade", "överdoserat", "overdosed"})
# Two words before: a harm on or from the drug, a state it leaves.
_HARMED_BY: Final = frozenset({
    ("od", "på"), ("od:ade", "på"), ("odade", "på"), ("överdos", "på"), ("överdoser", "av"),
    ("överdoser", "på"), ("överdosering", "av"), ("överdoserade", "på"), ("överdoserat", "på"),
    ("abstinens", "från"), ("abstinensen", "från"), ("abstinent", "från"), ("clean", "från"),
    ("nerdrogad", "på"), ("nerdrogade", "på"), ("drogad", "på"), ("drogade", "på"),
    ("avgiftning", "från"), ("tolerans", "mot"), ("od", "on"), ("od'd", "on"),
    ("overdosing", "on"), ("overdoses", "on"), ("withdrawing", "from"), ("detox", "from"),
    ("detoxing", "from"), ("clean", "from"), ("tolerance", "to"),
})
# A detox a few words before `från`: `avgifta mig från Henry`, `avgiftats helt från Jack`.
_DETOX_STEMS: Final = ("avgift", "detox")
_FROM: Final = frozenset({"från", "from"})
_DETOX_REACH: Final = 3

# Ordered or delivered, then a channel or the clause's end: `beställde Henry via Snapchat`.
_ORDERING: Final = frozenset({
    "beställde", "beställt", "beställa", "beställer", "beställs", "levererade", "levererar",
    "levereras", "levererat", "leverera", "ordered", "order", "ordering", "delivered",
})
_CHANNELS: Final = frozenset({"via", "från", "på", "hem", "online", "off", "from", "through",
                              "over", "genom", "över", "on", ".", "!", "?"})
_ARTICLES: Final = frozenset({"en", "ett", "a", "an"})

# Got from a seller: `fått Emma av en kompis`, `some Henry off a guy`.
_GETTING: Final = frozenset({"fått", "fick", "skaffade", "skaffat", "got", "gotten", "scored",
                             "some", "mer", "mera", "more"})
_OFF: Final = frozenset({"av", "från", "off", "from"})
_DETERMINERS: Final = frozenset({"en", "ett", "a", "some", "min", "sin", "hans", "hennes",
                                 "my", "his", "her", "the", "samma", "same"})
_SELLERS: Final = frozenset({
    "kompis", "kompisen", "kille", "killen", "langare", "langaren", "langarn", "vän", "polare",
    "polaren", "snubbe", "snubben", "tjej", "någon", "nån", "kontakt", "kontakten", "säljare",
    "säljaren", "guy", "friend", "dealer", "mate", "bloke", "someone", "plug", "seller",
})

# A unit price right after the name: `Henry 400 kr/g`, `Emma 150 kr per kapsel`.
_UNITS: Final = frozenset({"g", "gr", "gram", "st", "styck", "kapsel", "tablett", "tab", "pill",
                           "lapp", "point", "påse", "bag", "gramme", "lina", "ask"})
_PER: Final = frozenset({"/", "per", "a", "the", "för"})
_EACH: Final = frozenset({"grammet", "gramet", "styck", "stycket", "kapseln", "tabletten",
                          "pillret", "lappen", "påsen"})
_PRICE_REACH: Final = 5

# Tested with a reagent: `testade Emma med reagens`; a person is tested with a quick test.
_TESTING: Final = frozenset({"testade", "testat", "testa", "testar", "tested", "test",
                             "testing"})
_REAGENTS: Final = frozenset({"reagens", "reagenset", "reagenstest", "reagenstestet",
                              "reagent", "reagents", "marquis", "mecke", "mandelin"})
_REAGENT_REACH: Final = 4


# Sick after it, the harms drugframe's list lacks: `vomiting after Billy`,
# `andningsuppehåll efter "Henry" köpt i Östermalm`.
_SICK: Final = frozenset({"vomiting", "kräkningar", "kräktes", "kräks", "andningsuppehåll",
                          "andningsstillestånd", "andningsdepression", "hjärtstopp",
                          "hallucinationer", "hallucinations", "krampanfall", "convulsions"})
_AFTER: Final = frozenset({"efter", "after"})
# Bought or sold, as a participle right after the name (a person is never bought), then
# where or how: `Henry köpt utanför Nytorget`, `"Emma" såld som MDMA`.
_BOUGHT: Final = frozenset({"köpt", "köpta", "inköpt", "inköpta", "beställd", "beställt",
                            "beställda", "såld", "sålda", "langad", "langat"})
_WHERE: Final = frozenset({"på", "i", "från", "av", "utanför", "via", "vid", "online", "hos",
                           "som", "för", "genom", "at", "in", "from", "off", "on", "outside"})
# Offered in the passive: `blev erbjuden Betty`; not `erbjöds Emma som kontaktperson`.
_OFFERED: Final = frozenset({"erbjuden", "erbjudna", "erbjöds", "erbjudits"})
_OFFERED_ENGLISH: Final = frozenset({"was", "were", "been", "got", "being"})
_PERSON_AFTER: Final = frozenset({"som", "att", "en", "ett", "a", "an", "as", "to", "'s", "’s"})


# A gym's cycle: pinned (`pinnade Winnie i låret`), run at a dose (`kör Mast 50 mg om
# dagen`) or a course's part (`en kur med Var`). A person is driven some miles, not dosed.
_PINNING: Final = frozenset({"pinnade", "pinnat", "pinnar", "pinna", "pinned", "pinning"})
_DOSING: Final = frozenset({"kör", "körde", "kört", "köra", "tar", "tog", "tagit", "ta",
                            "pinnar", "pinnade", "run", "running", "ran", "taking", "took",
                            "lägga", "lägger", "added", "adding"})
_COURSES: Final = frozenset({("kur", "med"), ("kuren", "med"), ("kurer", "med"),
                             ("stack", "med"), ("stacka", "med"), ("cycle", "of"),
                             ("cycle", "with"), ("stack", "with"), ("blast", "of")})


_INVERTED: Final = frozenset({"jag", "han", "hon", "vi", "de", "dom", "du", "hen", "man"})


def _cycled(tok: Tok, toks: list[Tok], i: int) -> bool:
    prev = toks[i].folded
    if prev in _INVERTED and i >= 1 and toks[i - 1].folded in _PINNING:
        prev = toks[i - 1].folded  # Igår pinnade jag Mast: the subject after the verb
    if prev in _PINNING:
        return _after(tok, toks) not in ("med", "with")
    if i >= 1 and (toks[i - 1].folded, prev) in _COURSES:
        return True
    nxt = _after(tok, toks)
    dosed = nxt[:1].isdigit() and (nxt.endswith(MEDICINE_DOSE_ENDINGS) or (
        _after(tok, toks, 1) in MEDICINE_DOSE_UNITS))
    return prev in _DOSING and dosed  # kör Mast 50 mg; not `kör Emma 10 mil`


def harm_framed(tok: Tok, toks: list[Tok]) -> bool:
    """The name is overdosed on, withdrawn from, made someone sick, ordered, got from a
    seller, bought, offered, priced by the unit or tested with a reagent."""
    i = tok.index - (2 if tok.quoted else 1)
    if _bought_where(tok, toks):
        return True
    if i < 0:
        return _unit_priced(tok, toks)
    prev = toks[i]
    if _cycled(tok, toks, i) or _offered(toks, i, tok) or (prev.folded in _AFTER and i >= 1 and (
            toks[i - 1].folded in _SICK) and _no_clause_after(tok, toks)):
        return True
    plain = prev.text.islower() or prev.sentence_start  # not the given name Order, Clean
    if plain and (prev.folded in _OVERDOSED or (
            i >= 1 and (toks[i - 1].folded, prev.folded) in _HARMED_BY)):
        return True
    if prev.folded in _FROM and _detox_before(toks, i):
        return True
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else "."
    if plain and prev.folded in _ORDERING and nxt in _CHANNELS and not (
            after + 1 < len(toks) and toks[after + 1].folded in _ARTICLES):
        return True  # not `beställde Emma via en bemanningsfirma`: a temp, ordered

    if prev.folded in _GETTING and nxt in _OFF and _a_seller(toks, after + 1):
        return True
    if prev.folded in _TESTING and any(
            t.folded in _REAGENTS for t in toks[after : after + _REAGENT_REACH]):
        return True
    return _unit_priced(tok, toks)


def _detox_before(toks: list[Tok], i: int) -> bool:
    """`avgifta mig från`, `avgiftats helt från`: a detox a few words before `från`."""
    return any(t.folded.startswith(_DETOX_STEMS) for t in toks[max(0, i - _DETOX_REACH) : i])


def _a_seller(toks: list[Tok], k: int) -> bool:
    if k < len(toks) and toks[k].folded in _DETERMINERS:
        k += 1
    return k < len(toks) and toks[k].folded in _SELLERS


def _unit_priced(tok: Tok, toks: list[Tok]) -> bool:
    """A number right after the name or its list's colon (`- Henry: 500 kr/g`), then a price
    by the gram, the pill or the pack."""
    j = tok.index + (2 if tok.quoted else 1)
    if j + 1 < len(toks) and toks[j].text == ":":
        j += 1
    if j >= len(toks) or not toks[j].text[:1].isdigit() or toks[j].line_break_before:
        return False  # nearly every name
    near = toks[j + 1 : j + 1 + _PRICE_REACH]
    for k, t in enumerate(near):
        if t.line_break_before:
            return False
        if t.folded in _EACH or (t.folded in _PER and k + 1 < len(near) and (
                near[k + 1].folded in _UNITS)) or (
                "/" in t.folded and t.folded.rsplit("/", 1)[-1] in _UNITS):  # kr/g
            return True
    return False


def _after(tok: Tok, toks: list[Tok], k: int = 0) -> str:
    j = tok.index + (2 if tok.quoted else 1) + k
    return toks[j].folded if j < len(toks) else "."


def _bought_where(tok: Tok, toks: list[Tok]) -> bool:
    return _after(tok, toks) in _BOUGHT and _after(tok, toks, 1) in _WHERE


def _offered(toks: list[Tok], i: int, tok: Tok) -> bool:
    """`blev erbjuden Betty`, `was offered Henry`: what is offered in the passive."""
    prev = toks[i].folded
    passive = prev in _OFFERED or (prev == "offered" and i >= 1 and (
        toks[i - 1].folded in _OFFERED_ENGLISH))
    return passive and _after(tok, toks) not in _PERSON_AFTER and not (
        tok.text.endswith("s"))  # not `erbjuden Henrys gamla rum`


def _no_clause_after(tok: Tok, toks: list[Tok]) -> bool:
    """No verb of a clause right after (`efter Henry kom hem`): the clause's end, a
    participle of buying or where it was had."""
    nxt = _after(tok, toks)
    return nxt in _BOUGHT or nxt in _WHERE or not nxt[:1].isalpha()
