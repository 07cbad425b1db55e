"""A full name right after a person's role: `Purser: Solveig Öhrn.`, `Guide Joy Vinge.`,
`Staff Precious Adebayo informed …`, `en kursdeltagare, Irja Lantto, hittade …`.

A role names who stands after it, so a listed given name and a surname there are someone's
even where the line's capitals, an unlisted surname or a word of the same spelling elsewhere
would leave the pair unjudged (a line of Title Case, `Staff` read as a thing's head). The
role is one of the person cues, a job's English word or a Swedish job's compound;
the surname may be unlisted but is no place, drug, role, title word or the first of a longer
run (`Guide Victoria Park Hotel` is a hotel, `Kuratorn Maria Ungdom` a clinic).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.aside import no_person
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import a_title_word
from mailgate.scan.recognizers.namedthing import Possible, names_a_thing
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, PERSON_COMPOUND
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.scores import SCORE_FULL
from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Roles writers put before a crew member's or a host's name that the cue lists lack: on
# board, at a venue, in a stream's or a team's log, in Nordic neighbours' words.
OTHER_ROLES: Final = frozenset({
    "purser", "guide", "guiden", "streamer", "staff", "posteditor", "lifeguard",
    "livräddare", "livräddaren", "receptionist", "host", "hostess", "moderator", "mod",
    "konduktør", "konduktøren", "sjåfør", "sjåføren", "skipper", "skeppare", "steward",
    "stewardess", "captain", "kapten", "kaptenen", "translator", "översättare", "leader",
    "instructor", "instruktör", "tränare", "tränaren", "domare", "domaren", "referee",
    "cashier", "bartender", "barista", "waiter", "waitress", "usher", "janitor", "kocken",
})
# Person cues that are no role: words naming or meeting someone, a name's own label, and
# words for anyone, which products and places take too (`Fat Boy, Road King`, `kallas
# Lady Anna`).
_NOT_ROLES: Final = frozenset({
    "signerat", "signerad", "signerades", "signed", "underskrift", "attesterat", "attesterad",
    "heter", "hette", "kallas", "kallad", "kallade", "kallat", "alias", "aka", "namn",
    "namnet", "smeknamn", "smeknamnet", "named", "called", "signaturen", "undertecknad",
    "undertecknat", "justeras", "efternamn", "efternamnet", "förnamn", "förnamnet", "surname",
    "firstname", "träffade", "träffat", "mötte", "mött", "pratade", "pratat", "ringde", "met",
    "meet", "saw", "told", "misstänkt", "misstänkte", "man", "mannen", "woman", "kvinna",
    "kvinnan", "girl", "boy", "kille", "killen", "tjej", "tjejen", "snubbe", "snubben",
    "person", "personen", "barn", "barnet", "child", "subject", "source", "källa", "källan",
    "old", "åring", "åringen",
    # who owns, sends, receives, buys or partners: firms as often as people (`Avsändare:
    # Clas Ohlson`, `Partner Red Bull`)
    "ägare", "ägaren", "owner", "innehavare", "mottagare", "mottagaren", "avsändare",
    "partner", "kund", "kunden", "customer", "köpare", "köparen",
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
_SHORTEST_COMPOUND: Final = 6
# Between the role and the name: nothing, a label's colon or an apposition's comma.
_JOINS: Final = frozenset({":", ","})
_SHORTEST_GIVEN: Final = 3


def role_named(toks: list[Tok], can: Possible) -> list[Hit]:
    """Each given name and surname right after a role word, unless the pair alone names a
    thing or its company says it is no one (a character, a work, a firm)."""
    found = []
    for tok in toks:
        j = tok.index + 1
        if j < len(toks) and toks[j].text in _JOINS:
            j += 1
        if j + 1 >= len(toks) or not toks[j].capital or not _a_role(tok):
            continue
        given, last = toks[j], toks[j + 1]
        if not _full_name(given, last, toks) or not (given.info.first or j == tok.index + 1):
            continue  # kocken Frost Almgren, not `Fat Boy, Road King`
        pair = Run([given, last])
        if not (names_a_thing(pair, toks, can) or no_person(pair.toks, toks, can.animal, can.sung)):
            found.append(Hit(given.start, last.end, SCORE_FULL))
    return found


def _a_role(tok: Tok) -> bool:
    if not tok.alpha or tok.line_is_shouting:
        return False
    folded = tok.folded
    if folded in _NOT_ROLES:
        return False
    return (folded in PERSON_CUES or folded in ENGLISH_ROLES or folded in OTHER_ROLES or (
        _a_role_compound(tok))) and not a_thing_head(tok)  # trålaren Ellen Marie


def _a_role_compound(tok: Tok) -> bool:
    folded = tok.folded
    return len(folded) >= _SHORTEST_COMPOUND and not tok.info.name and (
        folded.endswith(_ROLE_ENDINGS) or PERSON_COMPOUND.match(folded) is not None)


def _full_name(given: Tok, last: Tok, toks: Sequence[Tok]) -> bool:
    """A given name and a capitalised surname, the run ending with it."""
    if last.line_break_before or not (given.alpha and last.alpha and last.capital):
        return False
    if given.drug_word or given.quoted or given.in_negative_phrase or last.in_negative_phrase:
        return False
    if not (_a_given_name(given) and _a_surname(last, given.info.first)):
        return False
    k = last.index + 1
    if k < len(toks) and toks[k].alpha and (toks[k].start == last.end or (
            not toks[k].line_break_before and (
                toks[k].capital or last.text.endswith("s")))):
        return False  # Guide Victoria Park Hotel; vakt Anna Lindhs minnesfond
    return True


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
    listed one that is no word or place (`Rich Ward`, `Frost Almgren`; not `Gym Lind`)."""
    info = last.info
    if last.drug_word or last.initial or last.folded in PERSON_CUES:
        return False
    if info.last and (after_given or not (info.common or info.negative)):
        return True  # after a word some are named, a surname no word spells: not `Yoga Berg`
    return after_given and not (info.negative or info.common or a_title_word(last))
