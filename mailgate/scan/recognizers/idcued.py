"""Whether an identity number's cue stands before a number. `person` and `personal` are
cues only as words of their own: as the start of a longer word they are the staff
(`Personalen nådde honom på 070-174 06 64`), people (`personerna`), a car (`personbil`) or
`personlig`, and a mobile number whose digits make a date would be read as a personnummer.
`personal` alone is Swedish for the staff too, so it counts only before a number's word
(`personal number`, `personal ID no.`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan.numbercues import ID_CUES
from mailgate.scan.recognizers.base import cue_within, has_cue, words_before

# The cues matched whole only (ID_CUES holds neither: a cue there also starts longer words).
ID_CUE_WORDS: Final = frozenset({"person", "personal"})
# What follows `personal` when it names the number.
_NUMBER_AFTER_PERSONAL: Final = frozenset({"number", "no", "nr", "nummer", "id", "identity",
                                           "identification", "code", "numbers"})


def id_cued(text: str, start: int, chars: int = 40, last: int = 4) -> bool:
    """An identity number's cue among the `last` words in the `chars` characters before."""
    if cue_within(text, start, ID_CUES, chars, last):
        return True
    lo = max(0, start - chars)
    if "person" not in text[lo:start].lower():
        return False
    return a_cue_word(words_before(text, start, chars)[-last:])


def a_cue_word(words: list[str]) -> bool:
    """`person` or `personal number` among `words` (the nearest last)."""
    for i, word in enumerate(words):
        if word == "person":
            return True
        if word == "personal" and i + 1 < len(words) and words[i + 1] in _NUMBER_AFTER_PERSONAL:
            return True
    return False


def names_an_id(word: str) -> bool:
    """`word` (a header's, a label's) is an identity number's cue."""
    return has_cue([word], ID_CUES, last=1) or word in ID_CUE_WORDS


def after_an_id_key(text: str, start: int) -> bool:
    """A query's or a log's key for an identifier right before: `?id=`, `&patientId=`,
    `user_id=`. A number passing its check there is the person's, not the link's: it is
    typed ID_NUMBER, not left inside the URL around it."""
    return text[max(0, start - 3) : start].lower() == "id="

