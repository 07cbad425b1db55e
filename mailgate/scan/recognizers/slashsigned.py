"""A note signed with a given name alone after a slash on its last line (`… lagt i burken.
/Nora`): the writer. A place or a team signing so stays readable (`/Malmö`, `/Nattpasset`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.words import STOP_WORDS

# The slash, then one capitalised word closing the text.
_SIGNED: Final = re.compile(r"/([A-ZÅÄÖ][a-zåäöéü]+)[ \t]*\s*\Z")


def slash_signed_name(text: str) -> list[Hit]:
    """A given name common in Sweden after the last slash, ending the text, where a line or
    a sentence ended before it; also a town's name then (`Nora`, `Elsa`) it is the writer's."""
    slash = text.rfind("/")
    if slash == -1:
        return []
    m = _SIGNED.match(text, slash)
    before = text[:slash].rstrip(" \t")
    if not m or not (before == "" or before.endswith(("\n", ".", "!", "?"))):
        return []
    info = names.lookup(m.group(1), STOP_WORDS)
    if not (info.first and info.core):
        return []
    return [Hit(m.start(1), m.end(1), SCORE_WEAK)]
