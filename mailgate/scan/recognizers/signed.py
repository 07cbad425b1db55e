"""Initials where signatures stand: `granskat av S. Vinge`, `K. Ahlroos, AME` opening a
text's last line. person.py asks it of two words, an initial and a surname no list holds."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok, word_before


def signed_initial(first: Tok, last: Tok, toks: list[Tok]) -> bool:
    """`granskat av S. Vinge`, and `K. Ahlroos, AME` opening the text's last line: an initial
    with its dot and a surname where signatures stand (not a list's `A. Bakgrund`)."""
    if not (first.initial and first.text.endswith(".")):
        return False
    if word_before(toks, first.index) in _SIGNED_BY:
        return True
    return (first.line_break_before or first.index == 0) and not any(
        t.line_break_before for t in toks[last.index + 1 :]) and not (
        _after_a_lettered_line(first, toks))  # the text's last line, no list's item


def _after_a_lettered_line(first: Tok, toks: list[Tok]) -> bool:
    """The line before opens with a letter and its dot too: `A. Bakgrund` / `B. Åtgärder`."""
    i = first.index - 1
    while i > 0 and not toks[i].line_break_before:
        i -= 1
    return i >= 0 and toks[i].initial and toks[i].text.endswith(".")


_SIGNED_BY: Final = frozenset({"av", "by", "sign", "signerat", "signed", "/"})
