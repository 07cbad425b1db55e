"""The speakers of a chat pasted with its markdown (Discord, Slack, Teams copy their names in
bold): lines opening `**askt**: …`, `**summerday**: …`.

A speaker takes turns: two names at least, each opening two such lines or more, make a
chat, and every name that does is someone's (a user name in lower case, a word, a given name
alike). A document's bold labels (`**Datum**: …`, `**Date**: …`) are words of the language,
never taken, and stand once each.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# A line's bold name, one word of letters, digits, `_`, `.` or `-`, then a colon.
_SPEAKER: Final = re.compile(r"(?m)^[ \t>]*\*\*([^\W_][\w.-]{1,30})\*\*[ \t]*:")
_TURNS: Final = 2  # lines a speaker opens
_SPEAKERS: Final = 2  # speakers taking turns


def bold_speakers(text: str) -> list[Hit]:
    if "**" not in text:
        return []  # nearly every text: no markdown
    lines = list(_SPEAKER.finditer(text))
    turns = Counter(m.group(1) for m in lines)
    talking = {name for name, n in turns.items() if n >= _TURNS and _a_speaker(name)}
    if len(talking) < _SPEAKERS:
        return []
    return [Hit(m.start(1), m.end(1), SCORE_ALONE) for m in lines if m.group(1) in talking]


def _a_speaker(name: str) -> bool:
    """No function word, and no word of Swedish or English that is no given name (a form's
    `Datum`, `Date`, `Location`)."""
    info = names.lookup(name, STOP_WORDS)
    folded = name.casefold()
    return folded not in STOP_WORDS and not (info.common and not info.name) and not (
        folded in english_words() and not info.first)
