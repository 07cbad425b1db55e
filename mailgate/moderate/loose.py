"""What moderators write without thinking, read as the command they mean.

The strict reader (commands.py) knows the command words. This module adds, as tables:

- approving words that are not the imperative: "Godkänd", "Godkänner", "Publicera";
- a leading yes before an approving word: "Ja, godkänn", "OK publicera", "Ser bra ut, godkänn";
- the report as the object: "Publicera den", "Godkänn den här", "Approve it";
- a change of urgency said as a sentence: "Godkänn, men ändra till gul" (= GODKÄNN GUL).

A bottom-posted reply (the command below the quoted review, ">"-quoting clients only) is
read by commands.py with parse/reply_text.bottom_part.

None of it loosens what stays ambiguous: "godkänn inte", "OK?", "Publicera?" or both
GODKÄNN and AVSLÅ still reach the strict reader as such and get instructions back.
"""

from __future__ import annotations

import re

from mailgate.parse.reply_text import fold

__all__ = ["APPROVE_WORDS", "SENTENCES", "tidy"]

# Folded words that approve as GODKÄNN does (the rest of the line is read as after GODKÄNN,
# so "Godkänner inte" is unreadable, never an approval).
APPROVE_WORDS = frozenset({
    "godkand", "godkanner", "godkannes", "godkanda", "godkanne", "publicera", "publiceras",
    "publicerar", "publish",
})
_APPROVING = r"(?:godkann\w*|godkand\w*|godkant|publicera\w*|approved?|publish)"
# What may stand before an approving word without changing it: yes, or "looks good".
_YES = (r"(?:ja|jo|japp|ok|okej|okay|yes|yep|bra|fint|toppen|perfekt|ser bra ut|"
        r"looks good|lgtm)")

# (what it is, pattern over the folded line, replacement): applied in order, each at most once.
# Patterns are anchored and narrow: a sentence that does not match exactly stays as written.
SENTENCES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (name, re.compile(pattern), replacement) for name, pattern, replacement in (
        # "Ja, godkänn", "OK publicera", "Ok, publicera.", "OK att publicera", "Ser bra ut,
        # godkänn", "Yes, approve"
        ("leading yes", rf"^[\s*_]*{_YES}[\s,.!:;–—-]+(?:att\s+|to\s+)?(?={_APPROVING}\b)", ""),
        # "Publicera den", "Godkänn rapporten", "Approve it": the report is the only object
        ("the report as object",
         rf"^(?P<verb>[\s*_]*{_APPROVING})\s+(?:den har|det har|den|det|denna|rapporten|it|this)"
         r"(?P<rest>[\s,.!]+.*)?$", r"\g<verb>\g<rest>"),
        # "Godkänn, men ändra till gul", "godkänn men sätt den som röd", "approve but make it red"
        ("urgency as a sentence",
         rf"^(?P<verb>[\s*_]*{_APPROVING})[\s,.;:–—-]+(?:men|but)?\s*"
         r"(?:andra|satt|byt|gor|gora|change|make|set)\s+(?:den\s+|det\s+|it\s+)?"
         r"(?:till|som|to|as)\s+(?P<urgency>rod|gul|gron|red|yellow|green)[\s.!]*$",
         r"\g<verb> \g<urgency>"),
    )
)
# An approving line that ends in a question mark asks, it does not decide ("Publicera?").
_ASKING = re.compile(rf"^[\s*_]*{_APPROVING}\b.*\?\s*$")
_QUESTION_MARKER = " (fråga?)"  # not a word the reader knows: the line becomes unreadable


def tidy(line: str) -> str:
    """The line as the strict reader should see it.

    Lines that match none of SENTENCES come back unchanged (original case and diacritics),
    so a refusal quotes the moderator's own words.
    """
    folded = fold(line)
    changed = folded
    for _, pattern, replacement in SENTENCES:
        changed = pattern.sub(replacement, changed, count=1)
    if _ASKING.match(changed):
        return changed.rstrip().rstrip("?") + _QUESTION_MARKER
    return line if changed == folded else changed
