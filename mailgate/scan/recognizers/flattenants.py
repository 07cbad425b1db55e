"""Tenants named in brackets after their flat's number: `lgh 0401 (Tell)`, `flat 0703 (Gren)`,
`lägenhet 1102 (Moen/Ek)`.

Caretakers', inspectors' and cleaners' logs name a flat by its number and its tenant by the
surname on the door, often a surname that is a word too (`Tell`, `Gren`, `Bäck`). In that
bracket a capitalised word is the tenant, unless it says what state the flat is in
(`(Tom)`, `(Vakant)`) or names a place or an agency.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.prefilter import prefiltered
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.wordfacts import STOP_WORDS

# Asked only at words that may begin a flat's word (prefilter.py): most reports name no flat.
_AFTER_FLAT: Final = prefiltered(re.compile(
    r"(?<![\w])(?:lgh|lägenhet(?:en)?|flat|apt|apartment|leilighet|wohnung)\.?[ \t]*"
    r"(?:nr\.?|no\.?)?[ \t]*\d{1,5}[A-Za-z]?[ \t]*\(([^()\n]{2,60})\)", re.IGNORECASE))
_NAME: Final = r"(?:[A-ZÅÄÖ][a-zåäöéüøæłńśźżć'’-]+|[A-ZÅÄÖ]{2,}(?![a-zåäö]))"
# The bracket holds names only, one or two on a door (`Moen/Ek`, `Holm & Pawlak`).
_NAMES_ONLY: Final = re.compile(
    rf"[ \t]*{_NAME}(?:[ \t]*(?:/|&|,|och|and)[ \t]*{_NAME}|[ \t]+{_NAME})*[ \t]*\Z")
_ONE_NAME: Final = re.compile(_NAME)
# What a flat's bracket says besides a tenant: its state, who has the keys.
_FLAT_STATES: Final = frozenset({
    "tom", "tomt", "ledig", "vakant", "uthyrd", "osåld", "såld", "renoveras", "renovering",
    "stängd", "spärrad", "kontor", "lokal", "förråd", "evakuerad", "sanerad", "sanering",
    "empty", "vacant", "closed", "office", "storage", "renovation", "ny", "nytt", "new",
    "hyresgäst", "hyresgästen", "tenant", "dödsbo", "dödsboet", "nyckel", "nycklar",
})


def flat_tenants(text: str) -> list[Hit]:
    """Each name in a bracket right after a flat's number."""
    out = []
    for m in _AFTER_FLAT.finditer(text):
        inside, at = m.group(1), m.start(1)
        if _NAMES_ONLY.match(inside) is None:
            continue  # (booking HMXY442KD, name on booking …): no tenant's name alone
        for word in _ONE_NAME.finditer(inside):
            if _a_tenant(word.group()):
                out.append(Hit(at + word.start(), at + word.end(), SCORE_WEAK))
    return out


def _a_tenant(word: str) -> bool:
    folded = word.casefold()
    if folded in _FLAT_STATES or folded in STOP_WORDS:
        return False
    info = names.lookup(word, STOP_WORDS)
    return info.last or not (info.negative or names.is_negative(folded))
