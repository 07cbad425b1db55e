"""A landline a desk, a shop or an agency answers, as phone lists and English or foreign
writers label it: `Store phone 040-…`, `Customs: 040-…`, `Телефон реєстратури 010-…`, `Duty
manager: 08-… (switchboard)`.

service.py and orglines.py read the Swedish ways (`Avdelningens telefon`, `växel 031-…`);
these are the other languages' and a phone list's. A mobile is always someone's, and a
switchboard's bracket after a person's name stays that person's way in (`Anette Sjöstedt på
011-15 00 00 (vxl)`): the line before the number holds no name, only its label's first word
in capitals.
"""

from __future__ import annotations

import re
from typing import Final

# A place's or a desk's word before `phone`, `number` or `line`: `Store phone`, `Main line`.
_PLACES: Final = frozenset({
    "store", "shop", "office", "clinic", "reception", "ward", "desk", "station", "branch",
    "kiosk", "restaurant", "bar", "club", "hotel", "main", "general", "switchboard", "lab",
    "pharmacy", "school", "depot", "warehouse", "site", "unit", "centre", "center", "front",
})
_PHONE_WORDS: Final = frozenset({"phone", "number", "line", "tel", "telephone", "no"})
# Agencies and desks named alone in English or by their foreign word for a reception:
# `Customs: 040-…`, `Телефон реєстратури 010-…` (a reception's phone), `Rezeption: …`.
_DESKS: Final = frozenset({
    "customs", "coastguard", "immigration", "reception", "switchboard", "helpdesk",
    "реєстратури", "реєстратура", "регистратуры", "регистратура", "rezeption", "recepción",
    "accueil", "vastaanotto", "sentraalbord", "omstilling",
})
# A switchboard's word alone in brackets after the number.
_SWITCHBOARD_AFTER: Final = re.compile(
    r"[ \t]*\([ \t]*(?:switchboard|exchange|växel|växeln|vxl|vx|main line|reception)[ \t]*\)",
    re.IGNORECASE)
_MOBILE: Final = re.compile(r"\D*(?:0\D*7|\+?\D*4\D*6\D*7)")
_WORD: Final = re.compile(r"[^\W\d_]+")
_SENTENCE_END: Final = re.compile(r"[.!?]\s")
_REACH: Final = 40  # characters before the number its label stands in


def a_desks_line(number: str, text: str, start: int, end: int) -> bool:
    """The landline between `start` and `end` is a desk's, a shop's or an agency's."""
    if _MOBILE.match(number):
        return False
    line = text[max(text.rfind("\n", 0, start) + 1, start - _REACH) : start]
    words = _WORD.findall(_SENTENCE_END.split(line)[-1])  # its own sentence's words
    if not words:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return False  # Anette Sjöstedt på 011-… (vxl), Lisa Ek, reception 08-…: hers
    folded = [w.casefold() for w in words]
    return folded[-1] in _DESKS or (  # Customs: 040-…
        len(folded) >= 2 and folded[-1] in _PHONE_WORDS and folded[-2] in _PLACES) or (
        _SWITCHBOARD_AFTER.match(text, end) is not None)  # Store phone 040-…; … (switchboard)
