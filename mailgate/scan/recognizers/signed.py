"""A signature above a number: whose line a landline under an organisation's name is.

`Giftinformationscentralen⏎010-456 67 00` is the centre's, but in a signature (`Ida Sund⏎
Handläggare, Socialtjänsten⏎08-465 004 27`) the number under the organisation's line is the
person's direct line, as a signature's `Akademiska | +46 8 …` is (phone.py).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names

# A signature's name line: a given name and a capitalised word opening it (`Ida Sund`,
# `//Ida Sund, handläggare`).
_NAME_LINE: Final = re.compile(r"[ \t/>*–-]*([A-ZÅÄÖ][^\W\d_]+)[ \t]+[A-ZÅÄÖ][^\W\d_]")
_SIGNATURE_LINES: Final = 3  # lines above the organisation's a name may stand on


def signed_above(text: str, start: int) -> bool:
    """The number opens its line, the organisation's name ends the line before,
    and a person's name on one of the lines above that: a signature, the number the
    person's direct line (`Giftinformationscentralen⏎010-…` alone stays theirs)."""
    lines = text[max(0, start - 240) : start].split("\n")
    if len(lines) < 3 or lines[-1].strip():
        return False
    for line in lines[-2 - _SIGNATURE_LINES : -2]:
        name = _NAME_LINE.match(line)
        if name is not None and names.lookup(name.group(1), frozenset()).first:
            return True
    return False
