"""More of what tells a person named like a drug's street name (Tina, Molly, Gina, Lucy) from
the drug (drugnamed.py asks): a ledger's entry whose owner bought the drug named after it
(`Tina – 2 Tina – 1 400`, `Molly – Molly 2 st`), a contact's number after the name (`Gina
0701740633`), an entry among people's (`Elvira 250, Mandy 300`), the one who did something
(`det var Molly som larmade`, `Charlie var den som ringde`, `It was Lucy who found him`), a
rota's entry (`Tina 08-16`), a talk had with someone (`samtal med Gina`) and someone seen
walking (`såg Tina gå ut`). A drug is weighed, priced and listed with its count (`Tina 2 g,
Molly 5 st`, `Crystal 400 / Tina 450`), does things to people (`det var Molly som gjorde honom
paranoid`) and lies about (`såg Tina ligga på bordet`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.recognizers.someone import LEDGER_REACH, ledger_entry
from mailgate.scan.recognizers.streetfolk import street_folk
from mailgate.scan.recognizers.words import Tok

# Acts of people a drug never does, asked after `som`/`who`: larmade, hittade, erbjöd.
ACTS: Final = frozenset({
    "sa", "sade", "berättade", "frågade", "ringde", "skrev", "svarade", "larmade", "hittade",
    "upptäckte", "erbjöd", "bjöd", "hämtade", "körde", "skjutsade", "lämnade", "skickade",
    "sms:ade", "messade", "kom", "gick", "satt", "stod", "bad", "hjälpte", "said", "told",
    "asked", "called", "rang", "found", "alerted", "offered", "drove", "brought", "texted",
    "sent", "helped", "came", "walked", "sat", "stood", "wrote",
})
_WHO: Final = frozenset({"som", "who"})
# A talk or meeting had with someone: `samtal med Gina`, `a chat with Molly`.
_MEETINGS: Final = frozenset({
    "samtal", "samtalet", "möte", "mötet", "träff", "träffen", "pratstund", "telefonsamtal",
    "conversation", "chat", "talk", "meeting", "call",
})
_WITH: Final = frozenset({"med", "with"})
# Seen or heard doing what people do: `såg Tina gå ut`, `saw Molly leave`.
_SEEING: Final = frozenset({"såg", "ser", "hörde", "saw", "see", "watched", "heard"})
_MOVING: Final = frozenset({
    "gå", "komma", "springa", "åka", "lämna", "prata", "gråta", "skrika", "dansa", "försvinna",
    "kliva", "leave", "walk", "run", "come", "talk", "cry", "scream", "dance", "go", "get",
})
# A mobile number right after the name: a contact, never a drug (`Gina 0701740633`).
_MOBILE: Final = re.compile(r"(?:\+46|0046|0)7\d")
_COUNT: Final = re.compile(r"^x?\d+$")  # 2, x2, x 3


def street_named_someone(tok: Tok, toks: list[Tok]) -> bool:
    """`tok` is a given name that is a drug's street name: is the text speaking of a person?"""
    i = tok.index
    return _did_it(toks, i) or _met_or_seen(toks, i) or street_folk(toks, i) or _on_shift(
        toks, i) or (
        _entered(toks, i) and (_buys_its_namesake(toks, i) or _a_contact(toks, i) or (
            _among_people(toks, i))))


def _did_it(toks: list[Tok], i: int) -> bool:
    """`det var Molly som larmade`, `Charlie var den som ringde`, `It was Lucy who found`."""
    words = [t.folded for t in toks[i + 1 : i + 4] if not t.line_break_before]
    if len(words) >= 2 and words[0] in _WHO and words[1] in ACTS:
        return i >= 2 and (toks[i - 2].folded, toks[i - 1].folded) in (
            ("det", "var"), ("it", "was"), ("det", "är"), ("it", "is"))
    return len(words) == 3 and words[:2] in (["var", "den"], ["was", "the"]) and (
        words[2] in _WHO) and i + 4 < len(toks) and toks[i + 4].folded in ACTS


def _met_or_seen(toks: list[Tok], i: int) -> bool:
    """`samtal med Gina`, `såg Tina gå ut`: a talk had with someone, someone seen moving."""
    if i >= 2 and toks[i - 1].folded in _WITH and toks[i - 2].folded in _MEETINGS:
        return not toks[i].line_break_before
    return i >= 1 and toks[i - 1].folded in _SEEING and i + 1 < len(toks) and (
        toks[i + 1].folded in _MOVING) and not toks[i + 1].line_break_before


# A shift's hours, one token: 08-16, 8–16, 16.00–24.00, 18-02 (a count or a price range is
# followed by its unit: `Tina 1-2 g`, `Billy 10-15 a g`).
_HOUR: Final = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
_HOURS: Final = re.compile(f"{_HOUR}[-–—]{_HOUR}")
_AFTER_HOURS: Final = frozenset({",", ";", "|", "/", ".", ")"})


def _on_shift(toks: list[Tok], i: int) -> bool:
    """A shift's hours right after the name (`Tina 08-16`, `Rota: Charlie 10-18, Ahmed 18-02`):
    a rota's entry, then the line's end, a mark or the next capitalised entry."""
    k = i + 1
    if k >= len(toks) or toks[k].line_break_before or not _HOURS.fullmatch(toks[k].text):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or nxt.line_break_before or nxt.text in _AFTER_HOURS or nxt.capital


def _entered(toks: list[Tok], i: int) -> bool:
    """The name opens an entry: at a line's start or after a list's mark."""
    return i == 0 or toks[i].line_break_before or toks[i - 1].text in _ENTRY_MARKS


_ENTRY_MARKS: Final = frozenset({":", "/", ",", ";", "|", "–", "-", "•", "*", '"'})


def _buys_its_namesake(toks: list[Tok], i: int) -> bool:
    """The same name later on its line beside a count: `Tina – 2 Tina`, `Molly – Molly 2 st`,
    `Lucy – Lucy x2`; an entry never names its drug twice."""
    folded = toks[i].folded
    for k in range(i + 2, min(len(toks), i + 8)):
        if toks[k].line_break_before:
            return False
        if toks[k].folded == folded:
            return _COUNT.match(toks[k - 1].text) is not None or (
                k + 1 < len(toks) and _COUNT.match(toks[k + 1].text) is not None)
    return False


def _a_contact(toks: list[Tok], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and not nxt.line_break_before and _MOBILE.match(nxt.text) is not None


def _among_people(toks: list[Tok], i: int) -> bool:
    """An entry of a ledger whose other entries hold given names no drug has: `Elvira 250,
    Mandy 300, Rasmus 500`; a price list names drugs only (`Crystal 400 / Tina 450`)."""
    if not ledger_entry(toks, i):
        return False
    lo, hi = max(0, i - LEDGER_REACH), min(len(toks), i + LEDGER_REACH)
    return any(_only_a_name(toks[j]) and ledger_entry(toks, j) for j in range(lo, hi) if j != i)


def _only_a_name(tok: Tok) -> bool:
    info = tok.info
    return info.first and tok.capital and not (  # Ville, Sanna: words too, yet no drug's
        info.negative or tok.drug_word or tok.folded in STREET_GIVEN_NAMES or (
            tok.folded in lexicon.drugs()))
