"""How sure each kind of PERSON finding is, one table for every PERSON helper."""

SCORE_FULL = 0.85  # two or more words, at least one a known name
SCORE_ALONE = 0.7  # one known name, mid-sentence
SCORE_WEAK = 0.55  # one known name at a sentence start, or found by a cue alone
