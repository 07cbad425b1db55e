"""Whether a stamp word before a capitalised run says the run is printed on a pill."""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import STAMP_WORDS

# Prepositions that begin a new phrase after a stamp word: `märkt växtnäring, till Leila
# Moradi` sends the parcel to someone; what is printed follows the stamp word directly.
_RECIPIENT: Final = frozenset({"till", "åt", "hos", "från", "to", "for", "from"})


def stamped(words: list[str]) -> bool:
    """A stamp word among `words` (nearest last) with no recipient preposition after it."""
    if STAMP_WORDS.isdisjoint(words):
        return False  # nearly every run: no walk
    at = max(i for i, w in enumerate(words) if w in STAMP_WORDS)
    return _RECIPIENT.isdisjoint(words[at + 1 :])
