"""Job titles no list holds, told by their endings: `Butikschef Lena`, `Kassörskan Lena`,
`Tekniker: Đức`, and the signature `Sanna, station manager`.

Swedish builds job titles from a few endings (-chef, -ansvarig, -ledare, -sköterska, -ör,
-erska, -are, -ist, -log …), so a list of roles is never complete; a word with such an ending
that no name list holds is taken as a role. A role before a listed name cues it as someone's
name, as `klienten` or `kuratorn` do. Surnames with such endings (Lindqvist, O'Hare) are
listed or shaped as names, so they never count as roles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.names import Word


class Tok(Protocol):
    """What a signature's test reads of a token (words.Tok, which imports this module)."""

    @property
    def index(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def folded(self) -> str: ...
    @property
    def capital(self) -> bool: ...
    @property
    def alpha(self) -> bool: ...
    @property
    def line_break_before(self) -> bool: ...
    @property
    def info(self) -> Word: ...
    @property
    def institution(self) -> bool: ...
    @property
    def is_cue_word(self) -> bool: ...
    @property
    def label(self) -> bool: ...
    @property
    def drug_word(self) -> bool: ...


ROLE_ENDING: Final = re.compile(
    r"(?:chef|chefen|ansvarig|ansvarige|ledare|ledaren|sköterska|sköterskan|iker"
    r"|ikern|skötare|skötaren|biträde|biträdet|assistent|assistenten|arbetare|arbetaren"
    r"|vakt|vakten|ör|ören|örska|örskan|erska|erskan|log|logen|are|aren|ist|isten"
    r"|personal|personalen"  # kassapersonal, vårdpersonalen: a staff, people
    r"|ør|øren|ersken|eren|manden)$"  # Danish, Norwegian: konduktøren, sygeplejersken,
)  # læreren, formanden
# Compounds ending in a word for a person: stamkund, kursdeltagaren, klubbmedlem.
PERSON_COMPOUND: Final = re.compile(
    r"^\w{3,}(?:kund|kunden|deltagare|deltagaren|besökare|besökaren|gäst|gästen|medlem"
    r"|medlemmen|klient|klienten|patient|patienten|granne|grannen|kollega|kollegan|elev"
    r"|eleven|kompis|kompisen)$"
)
_SHORTEST_ROLE: Final = 6
# English job words that follow a name in a signature: `Sanna, station manager`.
ENGLISH_ROLES: Final = frozenset({
    "manager", "coordinator", "officer", "nurse", "worker", "director", "chair", "secretary",
    "lead", "supervisor", "counsellor", "counselor", "host", "volunteer", "intern", "analyst",
    "advisor", "adviser", "clerk", "guard", "porter", "driver", "chef", "teacher", "doctor",
    "pharmacist", "paramedic", "technician", "caretaker", "warden", "receptionist", "editor",
    "producer", "trainer", "coach", "keeper", "administrator", "assistant", "steward",
})
_ROLE_WORDS_AFTER: Final = 3  # `Sanna, station manager`: at most this many words after the comma


def role_shaped(folded: str, is_name: bool) -> bool:
    """A word whose ending makes it a job title or a person: butikschef, kassörskan,
    tekniker, stamkund, kursdeltagaren."""
    return not is_name and len(folded) >= _SHORTEST_ROLE and bool(
        ROLE_ENDING.search(folded) or PERSON_COMPOUND.match(folded))


def in_apposition(tok: Tok, toks: Sequence[Tok]) -> bool:
    """`en stamkund, Gullan, som …`: a word between commas right after the noun it names."""
    i = tok.index
    return i > 1 and toks[i - 1].text == "," and not toks[i - 2].capital and i + 1 < len(
        toks) and toks[i + 1].text in (",", ")")


def an_unlisted_pair(tok: Tok, toks: Sequence[Tok]) -> bool:
    """Two capitalised words in no list, the first right after a role (`Renskötaren Aslak
    Päivärinta`): a full name the lists lack; PERSON still asks both for a name's shape."""
    i = tok.index + 1
    return i < len(toks) and all(
        t.capital and t.alpha and not t.line_break_before and not (
            t.info.name or t.info.common or t.info.negative or t.drug_word)
        for t in (tok, toks[i]))


def signs_with_role(tok: Tok, toks: Sequence[Tok]) -> bool:
    """`Sanna, station manager` on a line of its own: a name, a comma, then a role."""
    i = tok.index
    if not (tok.info.name and tok.line_break_before) or i + 2 >= len(toks) or (
            toks[i + 1].text != ","):
        return False
    words = []
    for t in toks[i + 2 : i + 2 + _ROLE_WORDS_AFTER + 1]:
        if t.line_break_before:
            break
        words.append(t)
    if not words or len(words) > _ROLE_WORDS_AFTER or any(t.capital or not t.alpha for t in words):
        return False
    after = i + 2 + len(words)
    if after < len(toks) and not toks[after].line_break_before:
        return False  # the line goes on: `Vilja, ork och tid saknas ...`
    return any(t.folded in PERSON_CUES or t.folded in ENGLISH_ROLES
               or role_shaped(t.folded, t.info.name) for t in words)
