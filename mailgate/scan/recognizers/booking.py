"""Names as airline and travel bookings write them: `SURNAME/GIVENNAME`, in capitals and
joined by a slash (`pax OIKONOMOU/ELENI MRS`, `NILSSON/ANNA MS`), one finding. A listed
given name after the slash, or a listed surname before it, says a booking's name; codes
(`SK/1423`, `LH/OS`) have neither."""

from __future__ import annotations

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.words import Tok

_SHORTEST: int = 2  # letters of each part: `A/B` is no name


def booking_names(toks: list[Tok], score: float) -> list[Hit]:
    """`SURNAME/GIVEN` in capitals, a slash and no space between."""
    out = []
    for s in positions(toks).get("/", []):
        if s == 0 or s + 1 >= len(toks):
            continue
        last, first = toks[s - 1], toks[s + 1]
        if last.end != toks[s].start or toks[s].end != first.start:
            continue
        if not (_a_capital_word(last) and _a_capital_word(first)):
            continue
        if (first.info.first or last.info.last) and not (
                first.info.negative or last.info.negative or first.drug_word):
            out.append(Hit(last.start, first.end, score))
    return out


def _a_capital_word(tok: Tok) -> bool:
    return tok.alpha and tok.text.isupper() and len(tok.text) >= _SHORTEST
