"""A signature above a number: whose line a landline under an organisation's name is.

`Giftinformationscentralen⏎010-456 67 00` is the centre's, but in a signature (`Ida Sund⏎
Handläggare, Socialtjänsten⏎08-465 004 27`, `Ida Sund⏎Socialtjänsten: 08-…`) the number on
or under the organisation's line is the person's direct line, as a signature's `Akademiska |
+46 8 …` is (phone.py).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.closings import OPENING_SIGN_OFFS

# A signature's name line: a given name and a capitalised word opening it (`Ida Sund`,
# `//Ida Sund, handläggare`), or a given name alone on it (`Leif⏎kassör⏎Röda Korset⏎040-…`).
_NAME_LINE: Final = re.compile(
    r"[ \t/>*–-]*([A-ZÅÄÖ][^\W\d_]+)(?:[ \t]+[A-ZÅÄÖ][^\W\d_]|[ \t]*,?[ \t]*$)")
_SIGNATURE_LINES: Final = 3  # lines above the organisation's a name may stand on
_SIGNATURE_WORDS: Final = 6  # words on a signature's name line at most


def signed_above(text: str, start: int) -> bool:
    """The organisation's name opens the number's line or ends the line before, and a
    person's name opens one of the three lines above that one: a signature, the number the
    person's direct line (`Giftinformationscentralen⏎010-…` alone stays theirs)."""
    lines = text[max(0, start - 240) : start].split("\n")
    org = len(lines) - (2 if not lines[-1].strip() else 1)  # the organisation's line
    for line in lines[max(0, org - _SIGNATURE_LINES) : max(0, org)]:
        name = _NAME_LINE.match(line, _after_a_sign_off(line))
        if name is not None and _short(line) and names.lookup(name.group(1), frozenset()).first:
            return True
    return False


def _after_a_sign_off(line: str) -> int:
    """Where a name signed on the sign-off's own line starts (`Mvh Gunnel`, `/Hälsningar,
    Ida Sund`): 0 where the line opens with no sign-off."""
    sign_off = _SIGN_OFF.match(line)
    return 0 if sign_off is None else sign_off.end()


# A sign-off opening the line (closings.py's OPENS rows), its marks and commas after it.
_SIGN_OFF: Final = re.compile(
    r"[ \t/>*–-]*(?:" + "|".join(map(re.escape, OPENING_SIGN_OFFS)) + r")\b[ \t,.!]*",
    re.IGNORECASE)


def under_a_name(text: str, start: int) -> bool:
    """The number opens its line and a person's name is the whole line above, a signature
    (`Mvh⏎Sindre Haug⏎934 12 578`): a number as the writer's home country groups it is
    theirs with no phone word, as a Swedish mobile there is (phoneabroad.py)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(" \t>"):
        return False
    above = text[max(0, line_start - 80) : line_start - 1].rsplit("\n", 1)[-1]
    name = _NAME_LINE.match(above)
    return name is not None and len(above.split()) <= _NAME_WORDS and _short(above) and (
        names.lookup(name.group(1), frozenset()).first)


_NAME_WORDS: Final = 3  # a name alone on its line: `Sindre Haug`, `Anne-Lise Bakke Ruud`


def _short(line: str) -> bool:
    """A signature's line: a few words, no sentence ended (`Ida Sund ringde.` is prose)."""
    line = line.rstrip()
    return len(line.split()) <= _SIGNATURE_WORDS and not line.endswith((".", "!", "?"))


# A person named in brackets right after a number (`Telefon Röda Korset: 08-… (Lina Berg)`):
# a given name first, up to two more capitalised words.
_OWNER_AFTER: Final = re.compile(
    r"[ \t]*\(([A-ZÅÄÖ][^\W\d_]+)(?:[ \t-]+[A-ZÅÄÖ][^\W\d_]+){0,2}\)")


def owner_in_brackets(text: str, end: int) -> bool:
    """A listed given name opens a bracket right after the number ending at `end`: whose
    number it is, though an organisation's name stands before it."""
    owner = _OWNER_AFTER.match(text, end)
    return owner is not None and names.lookup(owner.group(1), frozenset()).first
