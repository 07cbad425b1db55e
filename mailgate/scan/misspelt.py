"""Medicine and substance names as hurried writers misspell them: `Xanaks`, `Tramadoll`,
`Stesolidd`, `Rivotrill`, `Lyricka`, `Oxykontin`, `Imovan`.

A misspelling keeps a name's sound: letters written for the same sound (`x`/`ks`, `c`/`k`,
`ph`/`f`, `y`/`i`, `z`/`s`), a doubled or single letter, a dropped final `e`. Both the word and
every listed drug name of at least five letters are reduced to that sound (`skeleton`); the word
is a drug's when the two meet. Asked only of words no list of names holds, so a person whose
listed name sounds like a drug stays a person.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon

# Spellings of one sound: pairs of letters first (`ck` before `c`), then single letters.
_PAIRS: Final = (("ph", "f"), ("th", "t"), ("ck", "k"), ("qu", "kv"))
_SINGLE: Final = str.maketrans({"q": "k", "c": "k", "x": "ks", "z": "s", "y": "i", "w": "v"})
_LETTERS: Final = re.compile(r"^[a-zåäöéü]+$")
_RUN: Final = re.compile(r"(.)\1+")
_SHORTEST: Final = 5


def skeleton(word: str) -> str:
    out = word.casefold()
    for written, sound in _PAIRS:
        if written in out:
            out = out.replace(written, sound)
    out = out.translate(_SINGLE)
    # A doubled letter sounds as one. Every listed drug's skeleton is made at start (36 000):
    # most have no run to fold, and a search in C tells which in a fraction of a Python
    # loop's time (a third less at start than folding each word, more in the compiled build).
    if _RUN.search(out):
        out = _RUN.sub(r"\1", out)
    return out[:-1] if out.endswith("e") else out


@lexicon.table
def _skeletons() -> frozenset[str]:
    return frozenset(skeleton(w) for w in lexicon.drugs()
                     if len(w) >= _SHORTEST and _LETTERS.match(w))


def misspelt_drug(word: str) -> bool:
    """A word of five letters or more that sounds like a listed drug's name."""
    return len(word) >= _SHORTEST and _LETTERS.match(word.casefold()) is not None and (
        skeleton(word) in _skeletons())
