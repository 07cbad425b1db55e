"""Made-up numbers for the eighth corpus: the seventh corpus's generator
(`../seventh/seventh_ids.py`, imported, which builds on the fifth and fourth) plus two ways of
writing a date of birth that the English and Finland-Swedish voices use.

    «dob en»     `3 March 1998`
    «dob slash»  `3/3/1998`
The rest («pnr STYLE [snr] [bad|maybe]», «phone STYLE», «iban CC», «account», «ip», «plate»,
«org», «dob iso|sv|dots») is the seventh's.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "seventh"))

from seventh_ids import PHONE_STYLES, PNR_STYLES, iban_ok, luhn_digit, luhn_ok
from seventh_ids import Ids as SeventhIds

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
EXTRA_DOB = ("en", "slash")
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(SeventhIds):
    def dob(self, args: list[str]) -> str:
        style = args[0] if args else "iso"
        if style not in EXTRA_DOB:
            return super().dob(args)
        year, month, day = (int(p) for p in super().dob(["iso"]).split("-"))
        return f"{day} {MONTHS_EN[month - 1]} {year}" if style == "en" else f"{day}/{month}/{year}"
