"""A message's sender typed in lower case before the colon that opens what they wrote:
`vidarebefordrat sms … från zoran:`, `from ilsabet:` — a listed given name in no other use,
right after `från`/`from`, the colon then ending the line."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import positions
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import Tok

_FROM: Final = frozenset({"från", "from", "fr", "Från", "From"})


def lower_senders(toks: list[Tok]) -> list[Hit]:
    """`från zoran:⏎`: the sender of what is quoted below."""
    at = positions(toks)
    words = [j for word in _FROM for j in at.get(word, ())]
    if not words:
        return []
    out = []
    for j in sorted(words):
        i = j + 1
        if i + 1 >= len(toks):
            continue
        tok, colon = toks[i], toks[i + 1]
        if colon.text != ":" or tok.line_break_before or (
                colon.line_break_before) or not _ends_line(i + 1, toks):
            continue
        info = tok.info
        if info.first and tok.alpha and tok.text.islower() and not (
                info.common or info.negative or tok.drug_word or tok.folded in STOP_WORDS or (
                    tok.folded in english_words())):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _ends_line(i: int, toks: list[Tok]) -> bool:
    return i + 1 == len(toks) or toks[i + 1].line_break_before
