"""What a text says of a drug and never of a person, in frames drugframe.py's lists leave out:
priced (`priset på Henry`), relapsed on, run out or quit cold turkey (`när Henry tog slut`),
asked what it is (`Vad är Henry?`, `What's Molly?`; of a person one asks who), taken in the
passive right after it (`Maria röks öppet`, `Tina injiceras`, `Charlie is snorted`), dosed by
the day or week right after it (`Winnie 50 mg om dagen`, `Primo 400 mg/vecka`) or said to be
the same as a drug it is joined to (`Tjack och Billy är samma sak`). People are asked about
(`Vem är Henry?`, `Vad är Henry för en kille?`), injected with something (`Tina injiceras med
insulin`), smoke in the active (`Tina smoked a joint`), have birthdays (`relapsed on Henry's
birthday`) and are given doses (`Anna 10 mg Stesolid`), so each frame asks for the drug's
words alone."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import MEDICINE_DOSE_ENDINGS, MEDICINE_DOSE_UNITS
from mailgate.scan.recognizers.words import Tok

# `Vad är Henry?`, `what is Molly?`, `vad betyder Tina?`: the two words before the name.
_ASKED: Final = frozenset({("vad", "är"), ("vad", "betyder"), ("what", "is"), ("what", "'s"),
                           ("what", "’s"), ("vad", "menas"), ("what", "does")})
_ASKED_ONE: Final = frozenset({"what's", "what’s", "whats", "vadå"})
# The word after the name: the question's end; not `för` (`Vad är Henry för en kille?`).
_QUESTION_ENDS: Final = frozenset({"?", "mean", "betyder", "egentligen", "exactly"})

# Taken in the passive right after the name: no person is smoked, snorted or sniffed.
_TAKEN_PASSIVE: Final = frozenset({
    "röks", "röktes", "snortas", "snortades", "sniffas", "sniffades", "injiceras",
    "injicerades", "tuggas", "puffas", "vejpas",
})
# English participles only after a form of `be` (`Tina smoked a joint` is her doing).
_TAKEN_ENGLISH: Final = frozenset({"smoked", "snorted", "sniffed", "injected"})
_ENGLISH_BE: Final = frozenset({"is", "was", "are", "gets", "got", "being"})
_TREATED_WITH: Final = frozenset({"med", "with"})  # Tina injiceras med insulin

# A dose right after the name (drugcues.MEDICINE_DOSE_UNITS) and its schedule: `Winnie 50 mg
# om dagen`, `Primo 400 mg/vecka`.
_SCHEDULES: Final = frozenset({
    "dagen", "dag", "dagligen", "veckan", "vecka", "varannan", "day", "daily", "week", "weekly",
    "eod", "ed", "e3d", "ew", "pw", "ned",
})
_SCHEDULE_REACH: Final = 3

# Priced by its price's noun: `priset på Henry`, `the price of Jack`; not a genitive after it
# (`priset på Henrys tjänster`, `the price of Jack's bike`).
_PRICE_OF: Final = frozenset({("priset", "på"), ("priserna", "på"), ("gatupriset", "på"),
                              ("price", "of"), ("prices", "of")})
_GENITIVES: Final = frozenset({"'s", "’s", "'", "’"})

# Used on or come down off, the two words before (`relapsed on Henry`, `rolling on Emma`,
# `coming down off Jack`), and run out, the two after (`när Henry tog slut`); not a genitive
# (`relapsed on Henry's birthday`) nor a word glued on (`tog slutsignalen`).
_USED_ON: Final = frozenset({("relapsed", "on"), ("relapsing", "on"), ("relapse", "on"),
                             ("rolling", "on"), ("rolled", "on"), ("down", "off")})
_RAN_OUT: Final = frozenset({("tog", "slut"), ("tar", "slut"), ("tagit", "slut"),
                             ("cold", "turkey")})  # kicked Henry cold turkey

# Said to be the same: `Tjack och Billy är samma sak`, `Molly and MDMA are the same thing`.
_JOINS: Final = frozenset({"och", "and", "&", "eller", "or"})
_SAME: Final = frozenset({("är", "samma"), ("are", "the"), ("is", "the"), ("var", "samma")})
_SAME_HEADS: Final = frozenset({"samma", "same"})


def drug_talked_of(tok: Tok, toks: list[Tok]) -> bool:
    """The name is priced, used on, run out, asked what it is, taken in the passive, dosed
    by the day or said to be the same as the drug it is joined to."""
    after = tok.index + (2 if tok.quoted else 1)
    nxt = toks[after].folded if after < len(toks) else "?"
    before = tok.index - (2 if tok.quoted else 1)
    pair = (_word(toks, before - 1), _word(toks, before))
    ran_out = (nxt, _word(toks, after + 1)) in _RAN_OUT or (
        nxt in ("hade", "har") and (_word(toks, after + 1), _word(toks, after + 2)) in _RAN_OUT)
    framed = (pair in _PRICE_OF or pair in _USED_ON or ran_out) and not (
        tok.text[-1:] in ("s", "S") or nxt in _GENITIVES)
    return framed or _asked_what(toks, before, nxt) or _taken_passive(toks, after) or (
        _dosed_daily(toks, after) or _same_as_a_drug(toks, before, after))


def _word(toks: list[Tok], i: int) -> str:
    return toks[i].folded if 0 <= i < len(toks) else ""


def _asked_what(toks: list[Tok], i: int, nxt: str) -> bool:
    if nxt not in _QUESTION_ENDS:
        return False  # nearly every name
    return _word(toks, i) in _ASKED_ONE or (_word(toks, i - 1), _word(toks, i)) in _ASKED


def _taken_passive(toks: list[Tok], j: int) -> bool:
    passive = _TAKEN_PASSIVE
    if _word(toks, j) in _ENGLISH_BE:
        j, passive = j + 1, _TAKEN_ENGLISH
    if _word(toks, j) not in passive or not toks[j].text.islower():
        return False  # nearly every name
    return _word(toks, j + 1) not in _TREATED_WITH


def _dosed_daily(toks: list[Tok], j: int) -> bool:
    if j >= len(toks) or not toks[j].text[:1].isdigit() or toks[j].line_break_before:
        return False  # nearly every name
    dosed = toks[j].folded.endswith(MEDICINE_DOSE_ENDINGS) and toks[j].folded[-1].isalpha()
    k = j + 1
    if not dosed and _word(toks, k) in MEDICINE_DOSE_UNITS:
        dosed, k = True, k + 1
    if not dosed:
        return False
    for t in toks[k : k + _SCHEDULE_REACH]:
        if t.line_break_before:
            return False
        if t.folded in _SCHEDULES or t.folded.rsplit("/", 1)[-1] in _SCHEDULES:
            return True
    return False


def _same_as_a_drug(toks: list[Tok], before: int, after: int) -> bool:
    """`Tjack och Billy är samma sak`, `Billy och tjack är samma`: a drug joined to it."""
    drugs = lexicon.drugs()
    if _word(toks, before) in _JOINS and _word(toks, before - 1) in drugs:
        j = after
    elif _word(toks, after) in _JOINS and _word(toks, after + 1) in drugs:
        j = after + 2
    else:
        return False
    return (_word(toks, j), _word(toks, j + 1)) in _SAME and (
        _word(toks, j + 1) in _SAME_HEADS or _word(toks, j + 2) in _SAME_HEADS)
