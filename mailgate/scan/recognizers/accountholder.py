"""A personnummer beside a bank word: the holder's identity number, not an account.

A bank word before a number makes BANK_ACCOUNT read it (finance.py), and a personnummer
there would be typed as an account. Two ways show the number is the person's:
- its shape: the date, then a dash or plus and the last four (`Kontohavare 800125-7423`,
  `Kontoinnehavare: 19760702-4878`). A bank prints an account in groups, its check digit
  alone after the dash (`8327-9, 934 112 455-2`); no account is written as a birth date, a
  dash and four digits.
- the word before names whose account it is, the Swish payee or a BankID login, not the
  account (`Account holder: 197912187735`, `Nordea personkonto 6305062521`, `swish till
  7811140167`, `BankID 197401230082`): a holder is named by his identity number, a
  personkonto's number is the personnummer, a Swish number is a mobile's or a firm's
  `123 …`, never a birth date, and BankID logs in with the personnummer.
`Kontonummer: 199603109603` stays an account: the word names the number itself.
"""

from __future__ import annotations

import re
from typing import Final

# The date (with or without its century), a dash, plus or typographic dash, four digits.
_DASHED: Final = re.compile(r"(?:\d{2})?\d{6}[-+–—−]\d{4}")
# Words naming the account's holder or a personkonto: kontoinnehavare, kontohavaren, holder.
_HOLDER_ENDINGS: Final = ("havare", "havaren", "holder", "holder's", "holders")
# A personkonto (its number the personnummer) and BankID (logged into with it).
_PERSONAL: Final = ("personkonto", "bankid")
_PAYEES: Final = frozenset({"swish", "swisha", "swishade", "swishat", "swishas", "swishnummer"})


def a_holders_number(number: str, before: list[str]) -> bool:
    """True when `number`, a personnummer's shape (finance._a_dated_id), is the holder's
    identity number by its dash or by the words before it (the last three, lower-cased)."""
    if _DASHED.fullmatch(number):
        return True
    return any(word.endswith(_HOLDER_ENDINGS) or word.startswith(_PERSONAL)
               or word in _PAYEES for word in before[-3:])
