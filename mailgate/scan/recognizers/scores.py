"""How sure each kind of PERSON finding is, one table for every PERSON helper."""

from typing import Final

SCORE_FULL: Final = 0.85  # two or more words, at least one a known name
SCORE_ALONE: Final = 0.7  # one known name, mid-sentence
SCORE_WEAK: Final = 0.55  # one known name at a sentence start, or found by a cue alone
