"""A given name after a memorial's farewell (`RIP Hampus`, `R.I.P. Deniz`, `vila i frid
Ilona`, `rest in peace Tobiah`, `sov gott Majvi`): the dead, or the one mourned, by name,
also a name no list holds; and a listed given name a poem, song or letter is dedicated to
(`dikten "Till Liam"`, `a poem, "For Callum"`). A brand, a place or a word after the same
words stays readable (`RIP Myspace`, `sov gott Stockholm`, `sången "Till Sverige"`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.lowered import lower_text
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, NAME_SHAPE, WORD_ENDING
from mailgate.scan.recognizers.words import STOP_WORDS

# The farewell, then a capitalised word and maybe a surname; a word glued on by a hyphen
# (`Fentanyl-kampanjen`) or a digit after (`Windows XP`, a version) is a thing's.
_FAREWELL: Final = re.compile(
    r"(?<![\w.])(?i:r\.?i\.?p\b\.?|vila i (?:frid|ro)|rest in peace|sov gott)[ ,:]+"
    r"([A-ZÅÄÖ][a-zåäöéü]+)(?: ([A-ZÅÄÖ][a-zåäöéü]+))?(?![\w-])")
_GATES: Final = ("rip", "r.i.p", "vila i", "in peace", "sov gott")  # in a text in small letters


# A dedication (`Till Liam`), found first: a work's noun before it, maybe a comma and a
# quote between (`dikten "Till Liam"`), is looked for only there.
_DEDICATION: Final = re.compile(r"(?:Till|To|For|För)[ \t]+([A-ZÅÄÖ][a-zåäöéü]+)(?![\w-])")
_WORK_BEFORE: Final = re.compile(
    r"(?<!\w)(?i:dikten|dikt|sången|låten|visan|brevet|poem|poemet|song|letter)[ \t]*,?[ \t]*"
    r"[\"“”«']?$")
_WORK_REACH: Final = 16  # characters from a work's noun to its dedication at most


def dedicated_names(text: str) -> list[Hit]:
    """A listed given name a work is dedicated to, right after the work's noun."""
    return [Hit(m.start(1), m.end(1), SCORE_ALONE) for m in _DEDICATION.finditer(text)
            if _WORK_BEFORE.search(text, max(0, m.start() - _WORK_REACH), m.start())
            and _a_given_name(m.group(1), False)]


def farewell_names(text: str) -> list[Hit]:
    lowered = lower_text(text)
    if not any(gate in lowered for gate in _GATES):
        return dedicated_names(text)  # most texts: no farewell
    out = dedicated_names(text)
    for m in _FAREWELL.finditer(text):
        given, surname = m.group(1), m.group(2)
        if not _a_given_name(given, _mourned_after(text, m.end())):
            continue
        end = m.end(2) if surname and _a_surname(surname) else m.end(1)
        out.append(Hit(m.start(1), end, SCORE_ALONE))
    return out


def _a_given_name(word: str, mourned: bool) -> bool:
    """Listed as a given name and no drug's; or, where what follows mourns someone, in no
    list and no word of a language here (`RIP Jolo 🕊️`, not `RIP Myspace, du var …`)."""
    folded = word.casefold()
    if folded in lexicon.drugs() or folded in STOP_WORDS:
        return False
    info = names.lookup(word, STOP_WORDS)
    if info.first:
        return not info.common or not info.negative
    return mourned and unlisted_word(word, info.name or info.negative)


# After an unlisted name: the line's end, a life's span, or a heart, dove, candle or hands.
_MOURNED: Final = re.compile(r"[ \t]*(?:[.!]*[ \t]*(?:\n|\Z)|\(\d{4}|[.!]*[ \t]*[💔❤🕊🙏🕯🖤🤍🥀])")


def _mourned_after(text: str, end: int) -> bool:
    return _MOURNED.match(text, end) is not None


def _a_surname(word: str) -> bool:
    info = names.lookup(word, STOP_WORDS)
    return info.last or info.shaped or unlisted_word(word, info.name or info.negative)


def unlisted_word(word: str, listed: bool) -> bool:
    """A name-shaped word that no list holds (`listed` false) and no word of a language here
    or form of a Swedish noun."""
    folded = word.casefold()
    return not listed and NAME_SHAPE.match(word) is not None and not (
        folded in english_words() or WORD_ENDING.search(folded) or DEFINITE_NOUN.search(folded)
        or folded in lexicon.every_entry())
