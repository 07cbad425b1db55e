"""Whether digits an account's pattern took after a bank word are a phone's: a mobile Swish
is paid to, whole or with an amount after it (`swishade 070 174 06 52 300 kr`), or the rest
of a number whose area code stands before the match in brackets or before a slash
(`swisha till (073) 060 40 07`, `Swish 079/016 99 20`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.phone import valid_prefix


def a_phones(number: str) -> bool:
    """The whole number is a phone's, or a mobile's number is its head and an amount follows:
    no account starts with 0, a clearing number never does."""
    prefix = valid_prefix(number)
    return prefix == number or (prefix.startswith("07") and len(prefix) < len(number))


# An area code the account's pattern left out: `(073) `, `079/`, `(08)`.
_AREA_CODE: Final = re.compile(r"(?<![\w(/])(?:\(0\d{1,3}\)[ \t]?|0\d{1,3}/)$")


def after_an_area_code(text: str, start: int, end: int) -> bool:
    """The match and the area code right before it make a phone number."""
    if text[start - 1 : start] not in (" ", ")", "/", "\t"):
        return False  # most accounts: a blank before them, and no bracket or slash behind
    code = _AREA_CODE.search(text, max(0, start - 8), start)
    return code is not None and a_phones(text[code.start() : end].replace("/", " "))
