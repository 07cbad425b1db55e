"""A system's login name after the word for its user, as logs and forms print them
(`användare zarslan sökning …`, `Operatör: op_hanna.w`, `Driver: mohammed.as`, `inloggad som
akvist`): made of its owner's names, it names them.

The login is one lower-case word, perhaps in parts joined by `.`, `_` or `-`. It is a
person's when a part is a listed given name or surname (`hanna`, `mohammed`), or when the
word is an initial and a listed surname (`zarslan`, `akvist`). A role's or a system's account
stays readable (`användare admin`, `user guest`, `login: root`, `Operatör: nattjour`).

Logs and access lists print logins without the word: after a log line's date and time
before `from` and an address (`2026-11-30 21:02 mholsson from 192.0.2.217`), after a changer's
`av`/`by` closing a line (`Ändrat av vryden.`), and three or more after a colon, all of them
shaped as logins and none a word (`Shared drive: lmorales, tkoehler, ysundqvist`).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.dottednames import common_word
from mailgate.scan.recognizers.prefilter import prefiltered
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import token_folded
from mailgate.scan.recognizers.words import Tok

# The words for a system's user; `inloggad som`, `logged in as` through their first word.
_LABELS: Final = frozenset({
    "användare", "användaren", "användarnamn", "user", "username", "login", "inloggad",
    "logged", "operatör", "operatören", "operator", "driver", "förare", "föraren", "anv.namn",
    "admin"})
_LOGIN: Final = r"([a-zåäö][a-zåäö0-9._-]{1,28}[a-zåäö0-9])(?![\w@-]|\.\w)"
_LABEL: Final = re.compile(
    r"(?<![\w.@-])(?i:användare[n]?|användarnamn|anv\.namn|user(?:name)?|login|operatör(?:en)?"
    r"|operator|driver|förare[n]?|admin|inloggad[ \t]+som|logged[ \t]+in[ \t]+as)"
    r"[ \t]*[:=]?[ \t]*" + _LOGIN)
# The labels' list asked only at the words it may begin (prefilter.py), not at every position.
_LABELLED: Final = prefiltered(_LABEL)
# Where logs print a login with no word for it: after a line's date and time, before `from`.
_LOGGED: Final = re.compile(
    r"(?m)^[ \t]*\d{4}-\d\d-\d\d[ T]\d\d?[:.]\d\d(?::\d\d)?[ \t]+" + _LOGIN
    + r"[ \t]+(?i:from|från)[ \t]")
_CHANGED_BY: Final = re.compile(
    r"(?i:ändrad|ändrat|ändrades|changed|edited|modified|deleted|raderat|raderad)[ \t]+(?i:av|by)"
    r"[ \t]+" + _LOGIN + r"\.?[ \t]*$", re.MULTILINE)
# The words the two patterns above need in a text before they are tried at all.
_LOG_WORDS: Final = frozenset({"from", "från"})
_CHANGE_WORDS: Final = frozenset({"ändrad", "ändrat", "ändrades", "changed", "edited", "modified",
                                  "deleted", "raderat", "raderad"})
_LISTED: Final = re.compile(r":[ \t]*([a-z][a-z0-9]{3,19}(?:,[ \t]*[a-z][a-z0-9]{3,19}){2,})")
_PARTS: Final = re.compile(r"[._-]+|\d+")
_SHORTEST_PART: Final = 3  # `hanna`, `as`: a shorter part is an initial or a prefix
_SHORTEST_SURNAME: Final = 4  # `arslan` in `zarslan`, not `bo` in `abo`
_SHARE: Final = 1.5  # of an access list's items shaped as persons' logins: two in three


def login_names(text: str, toks: list[Tok]) -> list[Hit]:
    """Login names after a user's label, in a log's line or an access list, where their parts
    name someone."""
    folded = token_folded(toks)
    found = [] if _LABELS.isdisjoint(folded) else [
        Hit(m.start(1), m.end(1), SCORE_WEAK) for m in _LABELLED.finditer(text)
        if _a_persons_login(m.group(1))]
    for words, pattern in ((_LOG_WORDS, _LOGGED), (_CHANGE_WORDS, _CHANGED_BY)):
        if words.isdisjoint(folded):
            continue  # most texts: no such word, no pass over the text
        found += [Hit(m.start(1), m.end(1), SCORE_WEAK) for m in pattern.finditer(text)
                  if _a_persons_login(m.group(1))]
    return found + _access_list(text)


def _access_list(text: str) -> list[Hit]:
    """Three or more logins after a colon, two in three shaped as a person's and none a word."""
    out = []
    for m in _LISTED.finditer(text):
        items = [(i.start(), i.group()) for i in re.finditer(r"[a-z0-9]+", m.group(1))]
        persons = sum(_a_persons_login(word) for _, word in items)
        if _SHARE * persons >= len(items) and not any(common_word(w) for _, w in items):
            out += [Hit(m.start(1) + at, m.start(1) + at + len(word), SCORE_WEAK)
                    for at, word in items]
    return out


def _a_persons_login(login: str) -> bool:
    if common_word(login):
        return False
    parts = [p for p in _PARTS.split(login) if p]
    if len(parts) > 1:
        return any(len(p) >= _SHORTEST_PART and _listed(p) and not common_word(p) for p in parts)
    word = parts[0] if parts else ""
    if word in lexicon.entries("first_names"):
        return True
    surnames = lexicon.entries("surnames")
    return any(len(tail) >= _SHORTEST_SURNAME and tail in surnames and not common_word(tail)
               for tail in (word[1:], word[2:]))  # zarslan, mholsson: one or two initials


def _listed(part: str) -> bool:
    return part in lexicon.entries("first_names") or part in lexicon.entries("surnames")

