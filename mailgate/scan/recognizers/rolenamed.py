"""A full name right after a role the cue lists lack: `Purser: Solveig Öhrn.`, `Guide Joy
Vinge.`, `Staff Precious Adebayo informed …`, `Sjåfør Dag Fisk`, `kocken Frost Almgren`; or
right before such a role in lower case after a comma: `Ask Skog, evenemangssamordnare`.

A crew member's, a guide's or a host's role names who stands after it, so a given name and a
surname there are someone's even where the line's capitals or the role read as a thing's
head would leave the pair unjudged (a line of Title Case, `Staff` as a group). The role is
one of OTHER_ROLES or a compound of a person's job (`evenemangsansvarig`, `kursdeltagare`;
not a boat's or a room's word: `trålaren Ellen Marie`). The surname may be unlisted but is
no place, drug, cue, English or title word and ends the run (`Guide Victoria Park Hotel`,
`Kuratorn Maria Ungdom`); the pair alone is still asked whether it names a thing or no one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from mailgate.scan.closings import CLOSINGS
from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.aside import no_person
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import a_title_word, english_words
from mailgate.scan.recognizers.namedpairs import a_named_pair
from mailgate.scan.recognizers.namedthing import Possible, names_a_thing
from mailgate.scan.recognizers.roles import PERSON_COMPOUND
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.scores import SCORE_FULL
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Roles writers put before a crew member's or a host's name that the cue lists lack: on
# board, at a venue, in a stream's or a team's log, in Nordic neighbours' words. The person
# cues and English job words are left to the pair's own judging: before them a pair is a
# work's, a place's or a public figure's as often (`kommissarie …` in a novel).
OTHER_ROLES: Final = frozenset({
    "purser", "guide", "guiden", "streamer", "staff", "posteditor", "lifeguard",
    "livräddare", "livräddaren", "receptionist", "host", "hostess", "moderator", "mod",
    "konduktør", "konduktøren", "sjåfør", "sjåføren", "skipper", "skeppare", "steward",
    "stewardess", "captain", "kapten", "kaptenen", "translator", "översättare", "leader",
    "instructor", "instruktör", "tränare", "tränaren", "domare", "domaren", "referee",
    "cashier", "bartender", "barista", "waiter", "waitress", "usher", "janitor", "kocken",
})
# Compounds ending in a person's job or part: brigadledaren, evenemangsansvarig, nattvakten,
# kursdeltagare (roles.PERSON_COMPOUND). Not every job's shape: a maker's, supplier's,
# organiser's or author's word (tillverkare, leverantör, arrangör, författare) names a firm
# or a work as often.
_ROLE_ENDINGS: Final = ("ledare", "ledaren", "chef", "chefen", "ansvarig", "ansvarige", "vakt",
                        "vakten", "förare", "föraren", "arbetare", "arbetaren", "säljare",
                        "säljaren", "kapten", "kaptenen", "sköterska", "sköterskan",
                        "skötare", "skötaren", "assistent", "assistenten", "tekniker",
                        "teknikern", "värd", "värden", "värdinna", "läkare", "läkaren",
                        "handläggare", "samordnare", "tränare", "tränaren", "räddaren",
                        "räddare", "biträde", "biträdet", "apotekare", "apotekaren")
_ROLE_ENDING: Final = Endings(_ROLE_ENDINGS)
_SHORTEST_COMPOUND: Final = 6
# Between the role and the name: nothing, a label's colon or an apposition's comma.
_JOINS: Final = frozenset({":", ","})
_SHORTEST_GIVEN: Final = 3


def role_named(toks: list[Tok], can: Possible) -> list[Hit]:
    """Each given name and surname right after a role word, unless the pair alone names a
    thing or its company says it is no one (a character, a work, a firm)."""
    found = []
    for i in indexes_where(toks, _a_role_word):  # the few role words: no pass over every token
        tok = toks[i]
        after = _pair_before_a_role(i, toks)  # Ask Skog, evenemangssamordnare
        if after is not None and not (a_named_pair(*after.toks) or names_a_thing(
                after, toks, can) or no_person(after.toks, toks, can.animal, can.sung)):
            found.append(Hit(after.start, after.end, SCORE_FULL))
        j = i + 1
        if j < len(toks) and toks[j].text in _JOINS:
            j += 1
        if j + 1 >= len(toks) or not toks[j].capital or not _a_role(tok):
            continue
        given, last = toks[j], toks[j + 1]
        if not _full_name(given, last, toks) or not (given.info.first or j == i + 1):
            continue  # kocken Frost Almgren, not `Fat Boy, Road King`
        pair = Run([given, last])
        if not (names_a_thing(pair, toks, can) or no_person(
                pair.toks, toks, can.animal, can.sung)):
            found.append(Hit(given.start, last.end, SCORE_FULL))
    return found


@functools.lru_cache(maxsize=1 << 16)  # every token's text is asked: as word_facts holds
def _a_role_word(text: str) -> bool:
    """A token's text that is a role or a compound of a person's job, asked once per text."""
    folded = text.casefold()
    return folded in OTHER_ROLES or (len(folded) >= _SHORTEST_COMPOUND and folded.isalpha() and (
        _ROLE_ENDING.of(folded) or PERSON_COMPOUND.match(folded) is not None))


def _a_role(tok: Tok) -> bool:
    if tok.line_is_shouting or a_thing_head(tok):
        return False  # trålaren Ellen Marie
    return tok.folded in OTHER_ROLES or not tok.info.name  # a surname such as Ledare


def _full_name(given: Tok, last: Tok, toks: Sequence[Tok]) -> bool:
    """A given name and a capitalised surname, the run ending with it."""
    if last.line_break_before or not (given.alpha and last.alpha and last.capital):
        return False
    if given.drug_word or given.quoted or given.in_negative_phrase or last.in_negative_phrase:
        return False
    if not (_a_given_name(given) and _a_surname(last, given.info.first)):
        return False
    k = last.index + 1  # Guide Victoria Park Hotel; vakt Anna Lindhs minnesfond
    return not (k < len(toks) and toks[k].alpha and (toks[k].start == last.end or (
        not toks[k].line_break_before and (toks[k].capital or last.text.endswith("s")))))


def _pair_before_a_role(i: int, toks: list[Tok]) -> Run | None:
    """Two capitalised words alone, one a listed name, a comma, then a lower-case role: the
    apposition names the pair's job (`Ask Skog, evenemangssamordnare`, `Mild Frisk,
    skiftledare`), as a firm's or a place's name takes none (not `Telia Sverige`: no place,
    agency or drug word)."""
    role = toks[i]
    if i < 3 or not role.text[0].islower() or toks[i - 1].text != "," or (
            role.line_break_before or toks[i - 1].line_break_before):
        return None
    given, last = toks[i - 3], toks[i - 2]
    if last.line_break_before or not (_a_pairs_word(given) and _a_pairs_word(last)) or not (
            given.info.first or last.info.name):
        return None  # a listed given name or surname: not `Stora Torget, parkeringsvakt`
    k = i - 4  # the pair alone: not the tail of a longer run (`Region Västra Götaland`)
    if k >= 0 and not given.line_break_before and (toks[k].capital or toks[k].particle) and (
            toks[k].folded not in CLOSINGS):  # Hälsningar Mild Frisk, avdelningschef
        return None
    return Run([given, last])


def _a_pairs_word(tok: Tok) -> bool:
    return tok.capital and tok.alpha and len(tok.text) >= _SHORTEST_GIVEN - 1 and not (
        tok.text.isupper() or tok.drug_word or tok.quoted or tok.in_negative_phrase or (
            tok.initial or tok.institution or tok.label or tok.is_cue_word)) and not (
        tok.info.negative or tok.folded in STOP_WORDS or tok.folded in PERSON_CUES)


def _a_given_name(given: Tok) -> bool:
    """A listed given name, or a word some are named (`Sunny`, `Frost`, `Mild`) that no list
    holds as a place or a thing; the surname must then be a listed one."""
    info = given.info
    if info.first:
        return not info.negative
    return len(given.text) >= _SHORTEST_GIVEN and (info.last or not info.negative) and (
        given.folded not in STOP_WORDS and not given.initial)


def _a_surname(last: Tok, after_given: bool) -> bool:
    """A surname: after a listed given name a listed one, even a place's or a word's spelling
    (`Rose-Marie Hall`), or one no list holds that is no word; after a word some are named, a
    listed one that is no word or place (`Frost Almgren`; not `Gym Lind`)."""
    info = last.info
    if last.drug_word or last.initial or last.folded in PERSON_CUES or (
            last.folded in english_words()):
        return False  # Victoria Park, Notting Hill: an English word ends a place's name
    if info.last and (after_given or not (info.common or info.negative)):
        return True  # after a word some are named, a surname no word spells: not `Yoga Berg`
    return after_given and not (info.negative or info.common or a_title_word(last))
