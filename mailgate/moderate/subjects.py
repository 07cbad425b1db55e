"""What our mails to moderators put before the review tag ("Publicerad: [VSN-granskning …]").

One table for the mails that write these prefixes and for the command reader, which must
never take them for the moderator's words: a reply keeps them in its subject
("SV: Rättelse publicerad: [VSN-granskning …]"), and "Rättelse publicerad" and "Fråga
skickad" begin with command words (RÄTTELSE, FRÅGA).
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["Prefix", "without_ours"]


class Prefix(StrEnum):
    PUBLISHED = "Publicerad"
    CORRECTED = "Rättelse publicerad"
    RETRACTED = "Återkallad"
    ASKED = "Fråga skickad"
    COMMENT_PUBLISHED = "Publicerad kommentar"
    REJECTED = "Avslagen"
    REFUSED = "Inte utfört"


# Reply and forward markers clients add: Swedish, English, German, Danish/Norwegian, Dutch.
REPLY_MARKERS = ("re", "sv", "vb", "aw", "fw", "fwd", "vs", "antw", "tr", "wg")
_MARKER = "|".join(REPLY_MARKERS)
_OURS = "|".join(re.escape(p.value) for p in sorted(Prefix, key=len, reverse=True))
# Our prefix always stands right before the tag, after any reply markers, so the run of
# markers and prefixes that ends the text is never the moderator's: "ÅTERKALLA: skäl SV:
# Rättelse publicerad:" leaves "ÅTERKALLA: skäl".
_TRAILING = re.compile(rf"(?:(?:^|(?<=\s))(?:{_MARKER}|{_OURS})\s*:\s*)+$", re.I)
_LEADING = re.compile(rf"^\s*(?:(?:{_MARKER})\s*:\s*)+", re.I)


def without_ours(before_tag: str) -> str:
    """The moderator's own part of the subject text that precedes the review tag."""
    return _LEADING.sub("", _TRAILING.sub("", before_tag)).strip()
