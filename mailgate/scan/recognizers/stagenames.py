"""A DJ's or an MC's stage name: `DJ Lovisa Vox`, `DJ Kygo`, `MC Mormor`, `DJ Sten Sture`;
and a rapper's after `Lil` or `Yung` (`Lil Kvist`, `Yung Lean`).

Festivals, clubs and weddings name their DJs and MCs by the title and a made-up name, often
a given name and a word (`Jolene Jetlag`, `Maja Moln`); the annotated corpora count them as
no one. A DJ under their own name carries a surname (`DJ Tilda Nyberg`, `DJ Saga Lind`) and
stays found, title and all (honorifics.py): the name after the title is a stage name when its
last word is no listed surname and has no surname's shape, and it is one word (`DJ Kygo`) or
its words rhyme their first letters (`Jolene Jetlag`), end in a second given name (`Sten
Sture`) or an English word. A given name and a word no list holds may be the DJ's own
(`DJ Kasper Fält`) and stay.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words

_TITLE: Final = re.compile(r"\b(?:DJ|Dj|MC)[ \t]+")
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")


# A rapper's prefix: whatever follows is a stage name (`Lil Kvist`, `Yung Lean`, `Lil Storm`);
# Swedish writes a person's nickname with a hyphen and two l's (`Lill-Ronny`: sizednames.py).
_RAPPER: Final = re.compile(r"(?:Lil|Yung|LIL|YUNG)[ \t]+[A-ZÅÄÖ]")


def stage_names_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the names a DJ's or MC's title or a rapper's prefix makes stage names."""
    if not found or ("DJ" not in text and "MC" not in text and "Dj" not in text
                     and "Lil" not in text and "Yung" not in text and "LIL" not in text):
        return found
    return [h for h in found if not (_a_stage_name(text, h) or _a_rappers_name(text, h))]


def _a_rappers_name(text: str, hit: Hit) -> bool:
    """`Lil Kvist` on a poster; not a seller's name given as such (`heter "Lil Zay"`)."""
    if _RAPPER.match(text, hit.start) is None:
        return False
    before = text[max(0, hit.start - _NAMED_REACH) : hit.start]
    return _NAMED.search(before) is None


# A naming word or a quote right before: the name someone goes by, not a performer's.
_NAMED: Final = re.compile(r"(?:[\"“”„'‘’«]|\b(?:heter|hette|kallas|kallad|kallar\s+sig|alias"
                           r"|aka|called|named|goes\s+by)\s*)$", re.IGNORECASE)
_NAMED_REACH: Final = 24


def _a_stage_name(text: str, hit: Hit) -> bool:
    title = _TITLE.match(text, hit.start)
    start = title.end() if title else hit.start
    if title is None and not any(
            _TITLE.fullmatch(text, k, hit.start) for k in (hit.start - 3, hit.start - 4)
            if k >= 0):
        return False  # no DJ's or MC's title before or opening the name
    words = _WORD.findall(text, start, hit.end)
    if not words:
        return False
    if any(_a_surname(w) for w in {words[-1], words[-1].removesuffix("s")} if w):
        return False  # DJ Tilda Nyberg, DJ Saga Linds set
    if len(words) == 1:
        return True  # DJ Kygo, MC Mormor
    # A given name and a word no list holds may be someone's (DJ Kasper Fält); a stage name
    # rhymes its first letters (Jolene Jetlag, Maja Moln), ends in a second given name (Sten
    # Sture) or in an English word (Lady Nightshade)
    last = words[-1]
    return (last[0].casefold() == words[0][0].casefold() or names.lookup(
        last, frozenset()).first or last.casefold() in english_words())


def _a_surname(word: str) -> bool:
    """Listed or shaped as a surname, also in the genitive (`DJ Saga Linds set`)."""
    info = names.lookup(word, frozenset())
    return info.last or info.shaped
