"""Two capitals where someone acts in free text, beyond a label's (signers.py) or a list's
(staffinitials.py) places: after a measuring, checking or talking verb (`Blodtrycket
uppmätte JL`, `checked PF`, `Spoke with RK`), after a witness's or a handover's words (`i
närvaro av SW`, `Överlämnat till JS`, `OK från PN`), answering (`Svar FS:`), opening a
sentence before a person's verb (`AK ringde tillbaka`), or a shift's pair joined by `+`
(`Passet: AH + HS`). Offices, agencies, units, methods and countries so placed stay (`i
närvaro av BUP`, `GC + MS`, `Svar OK:`), and `AM`/`PM` count only right after a doer's
`av`/`by`, never after a time (`Registrerat av AM`; `at 9:40 AM by`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.names import is_listed_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.initials import BODIES
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.staffinitials import OFFICES
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import Tok

# The words right before a person's initials, nearest last: a doer's verb, a witness's, a
# handover's, a talk's, an answer's.
CUES_BEFORE: Final = frozenset({
    ("checked",), ("uppmätte",), ("mätte",), ("vägde",), ("testade",), ("tested",),
    ("kontrollerade",), ("kontrollerat",), ("granskat",), ("measured",), ("weighed",),
    ("närvaro", "av"), ("presence", "of"), ("witnessed", "by"), ("inspected", "by"),
    ("överlämnat", "till"), ("överlämnad", "till"), ("lämnat", "till"), ("handed", "to"),
    ("over", "to"), ("ok", "från"), ("ok", "from"), ("spoke", "with"), ("spoke", "to"),
    ("talked", "to"), ("pratade", "med"), ("talade", "med"), ("svar", "till"),
    ("svar", "från"), ("reply", "to"), ("registrerat", "av"), ("registrerad", "av"),
})
# An answer's word right before the pair, the pair then a colon (`Svar FS:`).
_ANSWERS: Final = frozenset({"svar", "sv", "reply", "answer"})
# A person's verbs right after the pair opening a sentence (`AK ringde tillbaka`).
VERBS_AFTER: Final = frozenset({
    "ringde", "sa", "sade", "skrev", "bekräftade", "meddelade", "berättade", "hämtade",
    "called", "said", "wrote", "confirmed", "phoned", "rang", "reported", "noted"})
# What a measuring verb measures in two capitals: gases and vital signs (`Uppmätte CO`).
_MEASURED: Final = frozenset({"CO", "RR", "BP", "BT", "HR", "HB", "BS", "SP", "EF", "GT"})
_MEASURING: Final = frozenset({"uppmätte", "mätte", "measured"})
_TIMES: Final = frozenset({"AM", "PM"})  # a person's initials only after a doer's `av`/`by`


def _a_candidate(text: str) -> bool:
    """Two capitals that are no office, unit, method or listed word."""
    return len(text) == 2 and text.isalpha() and text.isupper() and (
        text in _TIMES or not (text in BODIES or text in NO_SIGNERS or text in OFFICES
                               or is_listed_negative(text.lower())))  # HS: no h's


def acting_initials(toks: list[Tok]) -> list[Hit]:
    """Two capitals in one of the frames above: someone's initials."""
    out = []
    for i in indexes_where(toks, _a_candidate):
        tok = toks[i]
        if tok.line_is_shouting:
            continue  # a shouted line's short word
        before = tuple(t.folded for t in toks[max(0, i - 2) : i])
        if tok.text in _TIMES:
            if before[-1:] in (("av",), ("by",)) and (len(before) < 2 or not any(
                    c.isdigit() for c in toks[i - 2].text)):
                out.append(Hit(tok.start, tok.end, SCORE_WEAK))
            continue
        if _cued(toks, i, before):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _cued(toks: list[Tok], i: int, before: tuple[str, ...]) -> bool:
    after = toks[i + 1] if i + 1 < len(toks) else None
    if before[-1:] in CUES_BEFORE or before in CUES_BEFORE:
        return not (before[-1:] and before[-1] in _MEASURING and toks[i].text in _MEASURED)
    if before[-1:] and before[-1] in _ANSWERS and after is not None and after.text == ":":
        return True
    if (toks[i].sentence_start or toks[i].line_break_before or i == 0) and (
            after is not None and after.folded in VERBS_AFTER):
        return True
    return _joined_by_plus(toks, i)


def _joined_by_plus(toks: list[Tok], i: int) -> bool:
    """`AH + HS`: both sides two clean capitals."""
    for step in (1, -1):
        j = i + 2 * step
        if 0 <= j < len(toks) and toks[i + step].text == "+" and _a_candidate(toks[j].text) and (
                toks[j].text not in _TIMES):
            return True
    return False
