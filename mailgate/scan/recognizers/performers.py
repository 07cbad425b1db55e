"""Artists a club's or festival's lineup names are music, not persons a warning is about.

`Tonight's lineup: Adam Beyer, Amelie Lens and local heroes Axel Boman`, `Acts on stage when
cases peaked: Martin Garrix, Alesso`, `Ikväll: Vladimir Cauchemar + Tove Lo DJ-set`: names
after a lineup's label and its colon, in the same sentence, or right before a set's word.
Anyone a report names elsewhere (`Kontakt: Anna Berg`, `Lead: Dr. Kalle Fagerström`) keeps
their name: the label decides.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.words import Tok

# Labels of a lineup, before its colon.
LINEUP_WORDS: Final = frozenset({
    "lineup", "line-up", "lineupen", "line-upen", "acts", "artists", "artister", "artisterna",
    "headliners", "headliner", "djs", "dj:s", "spelar", "uppträder", "scen", "scenen", "stage",
    "performers", "spelschema", "b2b",
})
# Words right after a performer's name: Tove Lo DJ-set, Axel Boman live, Garrix b2b Alesso.
SET_WORDS: Final = frozenset({"dj-set", "djset", "live", "b2b", "set", "liveset", "live-set"})
_PAIRING: Final = frozenset({"+", "&", "b2b", "x"})
_SENTENCE_ENDS: Final = frozenset({".", "!", "?"})
_REACH: Final = 30  # tokens back to the label's colon
# A label ending in a word for a message heads what someone wrote, not who plays.
_MESSAGE_WORDS = frozenset({"note", "notes", "report", "log", "memo", "message", "minutes",
                            "anteckning", "anteckningar", "notering", "rapport", "logg",
                            "meddelande", "protokoll"})


def a_performer(first: int, last: int, toks: list[Tok]) -> bool:
    if _set_follows(first, last, toks) or _billed(first, last, toks):
        return True
    place = toks[first].place
    if place is not None:  # no colon earlier on the line: nothing to walk back to
        text, start = place.text, toks[first].start
        if text.rfind(":", text.rfind("\n", 0, start) + 1, start) == -1:
            return False
    i = first - 1
    while i >= 0 and first - i <= _REACH:
        tok = toks[i]
        if tok.text in _SENTENCE_ENDS:
            return False
        if tok.text == ":":
            return _a_lineup_label(i, toks)
        if tok.line_break_before:
            return False
        i -= 1
    return False


# A bill's slot before an act's name, and the time it plays after it: `support Jolene
# Jetlag 20:00, headliner Kapten Kokos 21:15`, `förband: Lisa Lo kl. 19.30`.
BILL_SLOTS: Final = frozenset({"support", "headliner", "headlinar", "förband", "förbandet",
                               "huvudakt", "huvudakten", "opener", "akt"})
_TIME: Final = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")


def _billed(first: int, last: int, toks: list[Tok]) -> bool:
    """An act named in its bill's slot with the time it plays: the slot's word right before
    the name (a colon between perhaps), a time of day right after it (`kl.` between perhaps)."""
    i = first - 1
    if i >= 0 and toks[i].text == ":":
        i -= 1
    if i < 0 or toks[i].folded not in BILL_SLOTS:
        return False
    j = last + 1
    if j < len(toks) and toks[j].folded in ("kl", "kl."):
        j += 1
    return j < len(toks) and _TIME.match(toks[j].text) is not None


def _set_follows(first: int, last: int, toks: list[Tok]) -> bool:
    """A set's word ends the run or follows it (`Tove Lo DJ-set`), or follows the next name
    joined by `+`, `&` or `b2b` (`Vladimir Cauchemar + Tove Lo DJ-set`)."""
    if not SET_WORDS.isdisjoint([t.folded for t in toks[first + 1 : last + 1]]):
        return True
    j = last + 1
    if j < len(toks) and toks[j].folded in _PAIRING and not toks[j].line_break_before:
        j += 1
        while j < len(toks) and toks[j].capital and not toks[j].line_break_before:
            if toks[j].folded in SET_WORDS:
                return True
            j += 1
    return j < len(toks) and not toks[j].line_break_before and toks[j].folded in SET_WORDS


def _a_lineup_label(colon: int, toks: list[Tok]) -> bool:
    """One of the few words before the colon on its line is a lineup's label, and the label
    is not a job's (`Stage manager:`, `Scenansvarig:`: who works there, not who plays)."""
    i = colon - 1
    if i >= 0 and (toks[i].folded in ENGLISH_ROLES or role_shaped(toks[i].folded, False)):
        return False
    while i >= 0 and colon - i <= 6:
        if toks[i].folded in _MESSAGE_WORDS:
            return False  # Stage manager's note: a message follows, not a lineup
        if toks[i].folded.rstrip("'’s") in LINEUP_WORDS or toks[i].folded in LINEUP_WORDS:
            return True
        if toks[i].line_break_before:
            break
        i -= 1
    return False


# Words for a name an artist or author goes by in public: what follows is that name
# (`pen name O. H. Young`, `under artistnamnet Lilla Vind`, `stage name: Dolly Ketamina`). A
# public name is the work's, not the private person's a text must hide; the civil name given
# beside it stays masked. Not `pseudonym`: a forum's users go by pseudonyms too.
STAGE_NAME_WORDS: Final = frozenset({
    "artistnamn", "artistnamnet",
    "scennamn", "scennamnet", "författarnamn", "författarnamnet", "dragnamn", "dragnamnet",
    "kunstnernavn", "kunstnernavnet", "künstlername", "pen-name",
})
# The English two-word forms: pen name, stage name, artist name, drag name.
_NAME_KINDS: Final = frozenset({"pen", "stage", "artist", "drag"})
_BETWEEN: Final = frozenset({":", "är", "is", "was", "var", "som", "as", "de", "\"", "'", "“",
                             "”", "«", "»"})
_STAGE_REACH: Final = 3  # tokens from the word to the name: `artistnamnet är "…"`


def a_stage_name(first: int, toks: list[Tok]) -> bool:
    """The run right after a word for a public name: a pen, stage or drag name."""
    i = first - 1
    while i >= 0 and first - i <= _STAGE_REACH and toks[i].folded in _BETWEEN:
        i -= 1
    if i < 0:
        return False
    word = toks[i].folded
    if word in STAGE_NAME_WORDS:
        return True
    return word in ("name", "names") and i > 0 and toks[i - 1].folded in _NAME_KINDS
