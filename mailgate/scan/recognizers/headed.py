"""Lists of names that a phrase before them says are no people's: `Två andra hundar i
klassen, Ronja och Zeus`, `New characters: El Jefe, La Madrina, Doctor Blanco`.

A list of capitalised names right after the comma or colon that closes a phrase holding a head
noun (a plural animal word, a word for fictional characters) names what the head says. Not
when a person word or a second group comes between (`hundar och barnen, Erik och Anna`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.words import Tok

LIST_JOINS: Final = frozenset({",", "och", "and", "&", "eller", "or"})
# Words for the characters of a film, a game, a play or a book.
FICTION_NOUNS: Final = frozenset({
    "characters", "character", "karaktärer", "karaktärerna", "rollfigurer", "rollfigurerna",
    "figurer", "figurerna", "fictional", "fiktiva", "npcs", "villains", "skurkar", "script",
    "manus", "manuset",
})
_HEAD_WINDOW: Final = 5  # words before the comma or colon that may hold the head noun
# The characters were played by locals: Sara Holm ...: the people who play them.
_PLAYED_BY: Final = frozenset({"by", "av", "played", "spelas", "spelade", "spelad", "voiced",
                               "gestaltas", "gestaltad", "actors", "skådespelare"})
_IN_A_LIST: Final = frozenset({"the", "la", "el", "le", "den",
                               "det"})  # `, the Dutchman, Mama Kokos`


def listed_after(first: int, toks: list[Tok], heads: frozenset[str]) -> bool:
    """True when toks[first] stands in a list right after a phrase holding one of `heads`."""
    i = first - 1
    while i > 0 and (toks[i].folded in LIST_JOINS or toks[i].folded in _IN_A_LIST or (
            toks[i].capital and toks[i].alpha)):
        if toks[i].text in (",", ":") and not (toks[i - 1].capital or toks[i - 1].text in (
                "the", "la", "el")):
            break  # the comma before the list
        i -= 1
    if i <= 0 or toks[i].text not in (",", ":"):
        return False
    before = _phrase_before(toks, i)
    found = [n for n, word in enumerate(before) if word in heads]
    return bool(found) and not any(w in PERSON_CUES or w in LIST_JOINS or w in _PLAYED_BY
                                   for w in before[found[-1] + 1 :])


def _phrase_before(toks: list[Tok], i: int) -> list[str]:
    """The folded words before toks[i] on its line and in its sentence, at most a window's."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < _HEAD_WINDOW and toks[j].text not in (".", "!", "?"):
        out.insert(0, toks[j].folded)
        if toks[j].line_break_before:
            break
        j -= 1
    return out
