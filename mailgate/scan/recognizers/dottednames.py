"""User names built from a person's names joined by dots, with no cue before them.

A school's or a firm's accounts are `förnamn.efternamn`: a login log's column (`08:14
alva.lindqvist 203.0.113.75 OK`), an IT chat (`kontot elev.noah.whitfield`), a sender
(`från tilde.akesson`). Such a word names its owner wherever it stands:

- a listed given name, a dot, then a surname (listed, or no common word: `noah.whitfield`)
  or an initial (`ebba.k`);
- an initial, a dot, then a listed surname of four letters or more that is no common word
  (`s.berggren`, `p.lundberg`; not `t.ex`, `s.k`, `bl.a`);
- either of them after a role's prefix (`elev.sixten.berggren`, `larare.eva.bjork`) or with
  a middle initial (`anna.k.berg`);
- a double given name, both halves listed, in the given name's place (`ulla-britt.ek`,
  `karl-johan.berg`): Swedish double names keep their hyphen in accounts.
Never inside an e-mail address, a host's or a file's name (`vsn.se`, `lisa.jpg`), nor a
function word after the dot (`lisa.hon`: a missing space).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.names import is_negative
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

_PART: Final = r"[a-zåäöéü]"
_FIRST_PART: Final = 20  # `elev`, `larare`, `hedda`: the longest part before the first dot
_DOUBLE_LEAD: Final = 10  # `ulla-`, `karl-`: a double given name's first half and its hyphen
# The first letter leads (so `fast` can move the lookbehind behind it); a double name's
# first half is taken possessively, as its letters can never give back a hyphen.
DOTTED: Final = fast(re.compile(
    r"(?<![\w@./:\\-])" + _PART + "(?:" + _PART + "{1," + str(_DOUBLE_LEAD - 2) + "}+-"
    + _PART + ")?" + _PART + "{0," + str(_FIRST_PART - 1) + r"}(?:\." + _PART + r"{1,30}){1,2}"
    r"(?![\w@/(-]|\.\w)"))
# Tried only near a lower-case letter, a dot and a lower-case letter; the needle is led by
# its dot (at most _FIRST_PART and a double name's lead after the match's start), so `re`
# skips to dots, not to each lower-case letter of the text.
DOTTED_GATED: Final = Gated(DOTTED, r"\.(?<=" + _PART + r"\.)" + _PART,
                            reach=_FIRST_PART + _DOUBLE_LEAD)
SCORE: Final = 0.65
_MIN_SURNAME: Final = 4  # after an initial: `s.berggren`, not `s.bo`

# Ends no one's name has: a host's or a file's (`skolan.se`, `lisa.jpg`, `config.yaml`).
_NOT_NAMES: Final = frozenset({
    "se", "com", "org", "net", "nu", "io", "me", "eu", "info", "fi", "no", "dk", "ru", "de",
    "uk", "gg", "tv", "csv", "tsv", "pdf", "jpg", "jpeg", "png", "gif", "heic", "txt", "log",
    "xls", "xlsx", "doc", "docx", "odt", "zip", "json", "xml", "yaml", "yml", "mp4", "mov",
    "mp3", "m4a", "eml", "msg", "html", "htm", "exe", "py", "js",
})


def judge_dotted(match: re.Match[str]) -> Hit | None:
    """A hit when the dotted word is a person's user name (see the module doc)."""
    word = match.group()
    parts = word.split(".")
    if parts[-1] in _NOT_NAMES or is_negative(word):
        return None
    if len(parts) == 3:
        if _given(parts[1]):
            parts = parts[1:]  # elev.sixten.berggren: a role's prefix
        elif len(parts[1]) == 1:
            parts = [parts[0], parts[2]]  # anna.k.berg: a middle initial
        else:
            return None
    given, surname = parts
    if surname in STOP_WORDS:
        return None  # lisa.hon: a space left out
    if _given(given) and (len(surname) == 1 or surname in lexicon.entries("surnames")
                          or (len(surname) >= 3 and not common_word(surname))):
        return Hit(match.start(), match.end(), SCORE)
    if len(given) == 1 and len(surname) >= _MIN_SURNAME and (
            surname in lexicon.entries("surnames") and not common_word(surname)):
        return Hit(match.start(), match.end(), SCORE)
    return None


def _given(word: str) -> bool:
    if "-" in word:
        return _double_given(word.split("-"))
    return len(word) >= 3 and word not in STOP_WORDS and word in lexicon.entries("first_names")


def _double_given(halves: list[str]) -> bool:
    """Both halves of a double given name listed (`ulla-britt`); one of them may be a short
    or function word when the other is a given name in its own right (`per-olof`, `bo-göran`:
    the hyphen binds them)."""
    firsts = lexicon.entries("first_names")
    return len(halves) == 2 and all(h in firsts for h in halves) and any(
        _given(h) for h in halves)


def common_word(word: str) -> bool:
    """A function word, a word the lists hold as no name, or an English word: no part of a
    user name or handle that names someone (dottednames, handle.py, logins.py)."""
    return word in STOP_WORDS or is_negative(word) or word in english_words()
