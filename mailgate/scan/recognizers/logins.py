"""A system's login name after the word for its user, as logs and forms print them
(`användare zarslan sökning …`, `Operatör: op_hanna.w`, `Driver: mohammed.as`, `inloggad som
akvist`): made of its owner's names, it names them.

The login is one lower-case word, perhaps in parts joined by `.`, `_` or `-`. It is a
person's when a part is a listed given name or surname (`hanna`, `mohammed`), or when the
word is an initial and a listed surname (`zarslan`, `akvist`). A role's or a system's account
stays readable (`användare admin`, `user guest`, `login: root`, `Operatör: nattjour`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.dottednames import common_word
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import Tok

# The words for a system's user; `inloggad som`, `logged in as` through their first word.
_LABELS: Final = frozenset({
    "användare", "användaren", "användarnamn", "user", "username", "login", "inloggad",
    "logged", "operatör", "operatören", "operator", "driver", "förare", "föraren"})
_LABEL: Final = re.compile(
    r"(?<![\w.@-])(?i:användare[n]?|användarnamn|user(?:name)?|login|operatör(?:en)?|operator"
    r"|driver|förare[n]?|inloggad[ \t]+som|logged[ \t]+in[ \t]+as)"
    r"[ \t]*[:=]?[ \t]*([a-zåäö][a-zåäö0-9._-]{2,29})(?![\w@.-]|\.\w)")
_PARTS: Final = re.compile(r"[._-]+|\d+")
_SHORTEST_PART: Final = 3  # `hanna`, `as`: a shorter part is an initial or a prefix
_SHORTEST_SURNAME: Final = 4  # `arslan` in `zarslan`, not `bo` in `abo`


def login_names(text: str, toks: list[Tok]) -> list[Hit]:
    """Login names after a user's label, where their parts name someone."""
    if _LABELS.isdisjoint(token_folded(toks)):
        return []  # most texts: no user's label
    return [Hit(m.start(1), m.end(1), SCORE_WEAK) for m in _LABEL.finditer(text)
            if _a_persons_login(m.group(1))]


def _a_persons_login(login: str) -> bool:
    if common_word(login):
        return False
    parts = [p for p in _PARTS.split(login) if p]
    if len(parts) > 1:
        return any(len(p) >= _SHORTEST_PART and _listed(p) and not common_word(p) for p in parts)
    word = parts[0] if parts else ""
    if word in lexicon.entries("first_names"):
        return True
    tail = word[1:]
    return len(tail) >= _SHORTEST_SURNAME and tail in lexicon.entries("surnames") and not (
        common_word(tail))


def _listed(part: str) -> bool:
    return part in lexicon.entries("first_names") or part in lexicon.entries("surnames")

