"""A double given name's initials in notes: `K-G tog över bilen`, `Lämnade nyckeln till
P-O`, `Samtal med M.L. om sonens missbruk`.

Swedish shortens Karl-Gustav, Jan-Peter and Per-Olof to two capitals joined by a hyphen,
and a note writes a client's initials with their dots. Both shapes are rare in other words,
yet a plan's `A-B`, a country's `U.S.` or a grade's `A-C` take them too: they count only
where a person stands, as a verb's subject (`K-G tog`), after a preposition of meeting or
giving (`med`, `till`, `hos`), or after a role or a person's cue (`Elev S.K.`). The shapes
are tested once per distinct word (textindex), so a text without them pays nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.roles import role_shaped
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import Tok

# K-G, J-P, P-O; M.L., T.J. (a note's client): two capitals, hyphened or dotted.
_SHAPE: Final = re.compile(r"^[A-ZÅÄÖ](?:-[A-ZÅÄÖ]|\.[A-ZÅÄÖ]\.)$")
# Words right before someone met, visited, given or spoken of: `samtal med`, `hos`.
_PERSON_BEFORE: Final = frozenset({
    "med", "till", "hos", "från", "åt", "för", "och", "av", "ringde", "träffade", "besökte",
    "with", "to", "from", "by", "and", "visited", "met", "called",
})
# Dotted capitals that are no one's: countries, unions, a postscript.
_NO_ONE: Final = frozenset({"U.S.", "U.K.", "E.U.", "P.S.", "U.N.", "D.C.", "A.D.", "B.C.", "A-Z",
                            "A-Ö"})  # and the alphabet's span


def _shaped(text: str) -> bool:
    return _SHAPE.match(text) is not None and text not in _NO_ONE


def double_initials(toks: list[Tok]) -> list[Hit]:
    """Initials of the shapes above where a person stands."""
    out = []
    for i in indexes_where(toks, _shaped):
        tok = toks[i]
        if tok.line_is_shouting or not _alone(toks, i):
            continue
        if _person_before(toks, i) or ((tok.sentence_start or tok.line_break_before or (
                i > 0 and toks[i - 1].text == ":")) and verb_follows(tok, toks)):
            out.append(Hit(tok.start, tok.end, SCORE_WEAK))
    return out


def _alone(toks: list[Tok], i: int) -> bool:
    """No digit or hyphen touching it (`A-B-C`, `K-G-12`): a code's piece, not initials."""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    return not (nxt[:1] in ("-", "–") or nxt[:1].isdigit())


def _person_before(toks: list[Tok], i: int) -> bool:
    """A meeting's preposition, a role (`Elev`, `konduktören`) or a person's cue before."""
    if i == 0:
        return False
    before = toks[i - 1]
    return before.folded in _PERSON_BEFORE or toks[i].cue in _CUES or (before.alpha and (
        role_shaped(before.folded, before.info.name) or before.folded in _PUPILS))


_CUES: Final = frozenset({"relation", "naming"})  # words.Tok.cue: `mamma`, `heter`


_PUPILS: Final = frozenset({"elev", "eleven", "klient", "klienten", "patient", "patienten",
                            "pupil", "client"})
