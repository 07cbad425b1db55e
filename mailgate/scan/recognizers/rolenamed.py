"""A full name right after a person's role: `Purser: Solveig Öhrn.`, `Guide Joy Vinge.`,
`Staff Precious Adebayo informed …`, `en kursdeltagare, Irja Lantto, hittade …`.

A role names who stands after it, so a listed given name and a surname there are someone's
even where the line's capitals, an unlisted surname or a word of the same spelling elsewhere
would leave the pair unjudged (a line of Title Case, `Staff` read as a thing's head). The
role is one of the person cues, a job's English word or a Swedish job's ending (roles.py);
the surname may be unlisted but is no place, drug, title word or the first of a longer run
(`Guide Victoria Park Hotel` is a hotel).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import a_title_word
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.scores import SCORE_FULL
from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import Tok

# Roles writers put before a crew member's or a host's name that the cue lists lack: on
# board, at a venue, in a stream's or a team's log, in Nordic neighbours' words.
OTHER_ROLES: Final = frozenset({
    "purser", "guide", "guiden", "streamer", "staff", "posteditor", "lifeguard",
    "livräddare", "livräddaren", "receptionist", "host", "hostess", "moderator", "mod",
    "konduktør", "konduktøren", "sjåfør", "sjåføren", "skipper", "skeppare", "steward",
    "stewardess", "captain", "kapten", "kaptenen", "translator", "översättare", "leader",
    "instructor", "instruktör", "tränare", "tränaren", "domare", "domaren", "referee",
    "cashier", "bartender", "barista", "waiter", "waitress", "usher", "janitor",
})
# Between the role and the name: nothing, a label's colon or an apposition's comma.
_JOINS: Final = frozenset({":", ","})


def role_named(toks: Sequence[Tok]) -> list[Hit]:
    """Each given name and surname right after a role word."""
    found = []
    for tok in toks:
        j = tok.index + 1
        if j < len(toks) and toks[j].text in _JOINS:
            j += 1
        if j + 1 >= len(toks) or not toks[j].capital or not _a_role(tok):
            continue
        given, last = toks[j], toks[j + 1]
        if _full_name(given, last, toks):
            found.append(Hit(given.start, last.end, SCORE_FULL))
    return found


def _a_role(tok: Tok) -> bool:
    if not tok.alpha or tok.line_is_shouting:
        return False
    folded = tok.folded
    return (folded in PERSON_CUES or folded in ENGLISH_ROLES or folded in OTHER_ROLES or (
        role_shaped(folded, tok.info.name))) and not a_thing_head(tok)  # trålaren Ellen Marie


def _full_name(given: Tok, last: Tok, toks: Sequence[Tok]) -> bool:
    """A listed given name and a capitalised surname, the run ending with it."""
    if last.line_break_before or not (given.alpha and last.alpha and last.capital):
        return False
    if not given.info.first or given.info.negative or given.drug_word or given.quoted:
        return False
    if last.info.negative or last.drug_word or last.initial or a_title_word(last) or (
            last.info.common and not last.info.last):
        return False
    k = last.index + 1
    if k < len(toks) and toks[k].alpha and (toks[k].start == last.end or (
            not toks[k].line_break_before and (
                toks[k].capital or last.text.endswith("s")))):
        return False  # Guide Victoria Park Hotel; vakt Anna Lindhs minnesfond
    return True
