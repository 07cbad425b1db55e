"""What the family benches share: a sentence's target in `[[ ]]`, and the third of the texts
(`crc32 % 3 == 0`) kept out of tuning, whose figures each bench prints apart."""

from __future__ import annotations

import re
import zlib

MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def parsed(sentence: str) -> tuple[str, int, int]:
    """The text without its marks, and the target's start and end in it."""
    match = MARK.search(sentence)
    assert match, sentence
    text = sentence[: match.start()] + match.group(1) + sentence[match.end():]
    return text, match.start(), match.start() + len(match.group(1))


def kept_out(text: str) -> bool:
    """One text in three, by a fixed hash: never looked at while tuning."""
    return zlib.crc32(text.encode("utf-8")) % 3 == 0
