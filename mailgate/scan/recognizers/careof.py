"""The name inside a c/o address: `c/o Andersson, Storgatan 3`, `C/O FAM. NGUYEN`.

The address recognizer masks the whole `c/o ...` stretch; this finds the name in it as a
PERSON too, so the same name is masked wherever else it stands in the text.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import Tok

# Words between c/o and the name: c/o Familjen Nguyen, c/o fam. Berg.
FAMILY: Final = frozenset({"familjen", "familj", "fam", "family", "the"})
_STREET_ENDINGS: Final = ("gatan", "vägen", "gränd", "gränden", "torget", "stigen", "backen",
                          "allén", "street", "road")
_MAX_WORDS: Final = 3


def care_of_names(toks: list[Tok], score: float) -> list[Hit]:
    if "c" not in token_folded(toks):
        return []  # no c/o anywhere: no pass over every token
    out = []
    for i in [i for i, t in enumerate(toks[:-3]) if t.folded == "c"]:
        if not _care_of(toks, i):
            continue
        j = i + 3
        while j < len(toks) and (toks[j].text in (":", ".") or toks[j].folded in FAMILY):
            j += 1
        words: list[Tok] = []
        while j < len(toks) and len(words) < _MAX_WORDS and _name_word(toks[j]):
            words.append(toks[j])
            j += 1
        if words:
            out.append(Hit(words[0].start, words[-1].end, score))
    return out


def _care_of(toks: list[Tok], i: int) -> bool:
    return (toks[i].folded == "c" and toks[i + 1].text == "/" and toks[i + 2].folded == "o"
            and toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end)


def _name_word(tok: Tok) -> bool:
    """A capitalised word, or a listed name in lower case, that is no street, agency or place."""
    if not tok.alpha or tok.line_break_before or not (tok.text[0].isupper() or tok.info.name):
        return False
    if tok.folded.endswith(_STREET_ENDINGS) or tok.institution or tok.folded == "box":
        return False
    return not (tok.info.negative and not tok.info.name)
