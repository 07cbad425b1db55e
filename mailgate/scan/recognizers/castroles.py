"""Characters a text casts, which are no people: `KRISTER (spelas av Magnus Ågren)`, `Hasse
Lax (Emir Delić) holds the bag` in continuity notes, `Amanda Rydell (spelar "Vera")`, a cue
list's `Q412 Violetta: Give me the patch, Alfredo.` and a script's `LOTTA: Den från Rocky?`.

A role is named beside the one who plays it: a word of playing between them (`spelas av`,
`played by`, `(spelar "Vera")`), or, in a text that says it is a script, a shoot or a staging
(`Manus`, `Sc. 23`, `Act III`, `cue list`, `ROLLER:`), a name with a full name in brackets
after it. There a line opening with a cue's code or a name in capitals and a colon is a
character's line too, when a list holds the speaker's name (`SIMON:`, `Q412 Violetta:`; not
a call sheet's `REGI: Anna Berg`) and two such speakers talk or the cast names the one. Every
mention of such a role goes; the players, named in brackets or after the word of playing,
stay found, and a name both cast and playing is kept.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.lowered import folded_text
from mailgate.scan.recognizers.prefilter import prefiltered

# Cheap tests first: a word of playing before its regexes run, a script's word before the
# script's; texts without any cast no one.
_PLAYING: Final = ("spelas ", "spelad ", "gestaltad ", "played ", "portrayed ", "(spelar ",
                   "(plays ", "(playing ")
_SCRIPTS: Final = ("manus", "script", "surtit", "cue list", "continuity", "roller", "rollist",
                   "cast", "sc.", "scen ", "scene ", "act ", "akt ", "take ", "slate")
_WORD: Final = r"[^\W\d_][\w'’-]*"
_RUN: Final = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# The most characters a role's words and their joiner take before the word of playing: the
# role's run is tried only that far before it, not at every word of the text.
_ROLE_REACH: Final = 200
# `KRISTER (spelas av Magnus Ågren)`, `Vera – played by Anna Lind`
_CAST_BY: Final = Gated(re.compile(
    rf"({_RUN})[ \t]*(?:\(|[–—-][ \t]*|,[ \t]*)?(?:spelas|spelad|gestaltad|played|portrayed)"
    rf"[ \t]+(?:av|by)[ \t]+({_RUN})", re.IGNORECASE),
    # The verbs, led by a class of their first letters in every case (what `(?i:s)` matches:
    # s, S, ſ): `re` skips to those, where a case-blind word list was tried at every
    # character (a seventh of all needles' time). The same matches at the same places.
    r"[GPSgpsſ](?i:(?<=s)pela[sd]|(?<=g)estaltad|(?<=p)(?:layed|ortrayed))", _ROLE_REACH)
# `Amanda Rydell (spelar "Vera")`, `(plays Lotta)`
_PLAYS: Final = Gated(re.compile(
    rf"({_RUN})[ \t]*\((?:spelar|plays|playing)[ \t]+[\"“”'‘]?({_RUN})[\"“”'’]?\)",
    re.IGNORECASE), r"\((?i:spelar|plays|playing)", _ROLE_REACH)
# What a script, a shoot or a staging calls itself: asked only at words that may begin one.
_SCRIPT: Final = prefiltered(re.compile(
    r"(?<![\w])(?:manus|manuset|script|screenplay|surtitles?|cue list|continuity|rollista|"
    r"roller:|cast:|cast list|sc\.[ \t]*\d|scen[ \t]+\d|scene[ \t]+\d|act[ \t]+[IVX\d]|"
    r"akt[ \t]+[IVX\d]|take[ \t]+\d|slate)", re.IGNORECASE))
# In a script: `Hasse Lax (Emir Delić)`, `POLISEN (Isak Holmér)`.
_PAIRED: Final = re.compile(rf"({_RUN})[ \t]*\(({_WORD}[ \t]+{_WORD}(?:[ \t]+{_WORD})?)\)")
# In a script: a line's speaker after a cue's code or in capitals.
_SPEAKER: Final = re.compile(
    rf"^[ \t]*(?:([A-Z]{{1,3}}\d+[a-z]?)[ \t]+)?({_WORD}\.?(?:[ \t]+{_WORD})?)[ \t]*:[ \t]",
    re.MULTILINE)
_MAX_ROLE_WORDS: Final = 3
# Speakers in capitals no cast names: a script's dialogue has two at least; one alone is a
# label (`ROLLER: Vidar Holm och Maja Ström`).
_SPEAKERS: Final = 2


def cast_characters_out(text: str, found: list[Hit]) -> list[Hit]:
    """`found` without the characters the text casts."""
    if not found:
        return found
    lowered = folded_text(text)
    playing = any(cue in lowered for cue in _PLAYING)
    script = any(cue in lowered for cue in _SCRIPTS)
    if not (playing or script):
        return found  # most texts: no playing, no script
    roles, players, lines = _cast(text, playing, script)
    roles -= players
    if not roles:
        return found
    return [h for h in found if _folded(text[h.start : h.end]) in players or (
        _folded(text[h.start : h.end]) not in roles
        and not any(start <= h.start and h.end <= end for start, end in lines))]


def _cast(text: str, playing: bool, script: bool) -> tuple[
        set[str], set[str], list[tuple[int, int]]]:
    """The roles the text names, the players it names for them (folded) and the spans of
    the characters' lines, whose words are the work's."""
    roles: set[str] = set()
    players: set[str] = set()
    lines: list[tuple[int, int]] = []
    for pattern in (_CAST_BY, _PLAYS) if playing else ():
        for m in pattern.finditer(text):
            role, player = _capitalised_tail(m.group(1)), _capitalised_head(m.group(2))
            if pattern is _PLAYS:
                role, player = _capitalised_head(m.group(2)), _capitalised_tail(m.group(1))
            _add(roles, role)
            _add(players, player)
    if not script or next(_SCRIPT.finditer(text), None) is None:
        return roles, players, lines
    for m in _PAIRED.finditer(text):
        player = m.group(2)
        role = _capitalised_tail(m.group(1))
        if all(w[0].isupper() for w in player.split()) and _a_given_name(player.split()[0]) and (
                role.isupper() or len(role.split()) > 1):  # not Jossan (Josefin Holm): hers
            _add(roles, role)
            _add(players, player)
    speakers = [m for m in _SPEAKER.finditer(text) if _folded(m.group(2)) in roles or (
        _name_like(m.group(2)) and (m.group(1) or m.group(2).isupper()))]
    if len({_folded(m.group(2)) for m in speakers} - roles) < _SPEAKERS:
        speakers = [m for m in speakers if m.group(1) or _folded(m.group(2)) in roles]
    for m in speakers:
        _add(roles, m.group(2))
        end = text.find("\n", m.end())
        lines.append((m.start(), len(text) if end < 0 else end))
    return roles, players, lines


def _name_like(speaker: str) -> bool:
    """A listed name among the speaker's words (`SIMON`, `DR. HALE`), not a call sheet's
    label (`REGI: Anna Berg`, `FOTO: Erik Holm`)."""
    return any((facts := names.lookup(w.strip("."), frozenset())).name and not facts.negative
               for w in speaker.split())


def _a_given_name(word: str) -> bool:
    """A listed given name and no place or thing (`Emir`, not `Socialtjänsten`, `Malmö`)."""
    facts = names.lookup(word, frozenset())
    return facts.first and not facts.negative


def _capitalised_tail(run: str) -> str:
    """The last words of `run` that open with a capital: `roll som KRISTER` → `KRISTER`."""
    words = run.split()
    tail: list[str] = []
    for word in reversed(words):
        if not word[0].isupper() or len(tail) == _MAX_ROLE_WORDS:
            break
        tail.insert(0, word)
    return " ".join(tail)


def _capitalised_head(run: str) -> str:
    """The first words of `run` that open with a capital: `Magnus Ågren i rollen` →
    `Magnus Ågren`."""
    head: list[str] = []
    for word in run.split():
        if not word[0].isupper():
            break
        head.append(word)
    return " ".join(head)


def _add(names: set[str], name: str) -> None:
    """The name, folded, unless empty."""
    if name:
        names.add(_folded(name))


def _folded(name: str) -> str:
    return " ".join(name.casefold().strip(".,;:!?\"'“”’").split()).removesuffix("'s")
