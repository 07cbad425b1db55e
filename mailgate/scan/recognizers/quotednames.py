"""Names a quote gives away without a naming cue: the writer a quoted chat message names in
lower case (`"hej de e nettan"`, `"det är tobbe"`), and a nickname quoted between a given
name and a surname (`Viktor "vikzor" Hallberg`), with that surname.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.nickname import SCORE_NICKNAME, a_drug
from mailgate.scan.recognizers.textindex import token_texts
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.recognizers.words import QUOTES, Tok

# Ways a chat message names its writer: "hej de e nettan", "det är tobbe", "nettan här".
SELF_CUES: Final[tuple[tuple[str, ...], ...]] = (
    ("det", "är"), ("de", "e"), ("e", "de"), ("detta", "är"), ("här", "är"), ("jag", "är"),
    ("this", "is"), ("it's",), ("its",),
)
_CHAT_QUOTES: Final = frozenset("\"“”„«»")


def chat_names(toks: list[Tok]) -> list[Hit]:
    """Lower-case names by which a quoted chat message names its writer."""
    if token_texts(toks).isdisjoint(_CHAT_QUOTES):
        return []  # no quoted message
    out = []
    inside = False
    for i, tok in enumerate(toks):
        if tok.text in _CHAT_QUOTES:
            inside = not inside
            continue
        if not inside or tok.capital or not _chat_name(tok):
            continue
        said = any(tuple(t.folded for t in toks[i - len(c) : i]) == c
                   for c in SELF_CUES if i >= len(c))
        here = i + 1 < len(toks) and toks[i + 1].folded == "här"
        if said or here:
            out.append(Hit(tok.start, tok.end, SCORE_NICKNAME))
    return out


def _chat_name(tok: Tok) -> bool:
    if not tok.alpha or tok.folded in STOP_WORDS or tok.info.negative or tok.drug_word:
        return False
    return tok.info.name


def between_names(toks: list[Tok]) -> list[Hit]:
    """`Viktor "vikzor" Hallberg`, `Jamie "JJ" McCreadie`: a quoted nickname between a given
    name and the next capitalised word, in any case; both the nickname and that surname."""
    if token_texts(toks).isdisjoint(QUOTES):
        return []  # nothing quoted
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in QUOTES or i == 0 or not (toks[i - 1].capital and toks[i - 1].info.first):
            continue
        if tok.start == toks[i - 1].end:
            continue  # the quote closing "Lasse" in `"Lasse" och "Pelle"`: it opens no nickname
        close = _closing_quote(toks, i)
        if close is None or close + 1 >= len(toks):
            continue
        glued = toks[close].text not in QUOTES  # 'Netflix' ends in a token Netflix'
        if close == i + 1 and not glued:
            continue
        last = toks[close + 1]
        inner = toks[i + 1 : close + glued]
        words = [t.text.rstrip("'’") if glued and t is inner[-1] else t.text for t in inner]
        if not _surname_after_nickname(last) or not all(
                w.isalpha() or w in "-'" for w in words):
            continue
        out.append(Hit(last.start, last.end, SCORE_NICKNAME))
        if not any(t.drug_word or is_negative(w.casefold()) or a_drug(w.casefold())
                   for t, w in zip(inner, words, strict=True)):
            out.append(Hit(inner[0].start, inner[-1].start + len(words[-1]), SCORE_NICKNAME))
    return out


def _closing_quote(toks: list[Tok], i: int) -> int | None:
    """The quote closing the one at toks[i]; a single quote may be glued to the word before
    it, as spaCy reads `Netflix'` as a genitive."""
    single = toks[i].text in "'‘’`"
    for j in range(i + 1, min(i + 5, len(toks))):
        text = toks[j].text
        if text in QUOTES or (single and len(text) > 1 and text[-1] in "'’"):
            return j
    return None


def _surname_after_nickname(last: Tok) -> bool:
    """The word after `Linus "X"`: a surname even when also a place (Berg, Mora) or in no
    list, and even when the nickname is a pill's or a brand's (`Linus "Netflix" Berg`),
    which stays unmasked."""
    if not last.capital or last.drug_word or last.line_break_before:
        return False
    if not last.info.name:  # an unlisted surname: Kevin "Pudeln" Lindroth
        return last.text.isalpha() and not (last.info.common or last.info.negative)
    return not last.info.negative or last.info.last
