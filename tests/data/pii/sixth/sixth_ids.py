"""Made-up numbers for the sixth corpus: the fifth corpus's generator (which builds on the
fourth's), plus shapes hurried writers produce that neither writes.

`Ids(rng).make(kind, args)` serves the «kind args» tokens of the case texts. Besides the
fifth corpus's kinds (`../fifth/fifth_ids.py`):

    «pnr 10dots»   `85.04.12-1234`            «pnr 12nlmid»  `198504` / `12-1234` over a line break
    «pnr 10plussp» `120412 + 1234` (100+)      «pnr 12under»  `19850412_1234` (a spreadsheet)
    «phone spdash» `070 - 174 06 12`           «phone intl00» `0046 (0)70 174 06 12`
    «phone smsgrp» `+46 70 1740612`            «phone ukdots» `07700.900.123`
    «dob [iso|short]»  a date of birth: `12 mars 1987`, `1987-03-12`, `12/3 -87`
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fifth"))

from fifth_ids import PHONE_STYLES as FIFTH_PHONES
from fifth_ids import PNR_STYLES as FIFTH_PNR
from fifth_ids import Ids as FifthIds
from fifth_ids import iban_ok, luhn_digit, luhn_ok

EXTRA_PNR = ("10dots", "12nlmid", "10plussp", "12under")
EXTRA_PHONES = ("spdash", "intl00", "smsgrp", "ukdots")
PNR_STYLES = FIFTH_PNR + EXTRA_PNR
PHONE_STYLES = FIFTH_PHONES + EXTRA_PHONES
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")


class Ids(FifthIds):
    def make(self, kind: str, args: list[str]) -> str:
        return self.dob(args) if kind == "dob" else super().make(kind, args)

    def dob(self, args: list[str]) -> str:
        born = dt.date(self.rng.randint(1950, 2009), self.rng.randint(1, 12),
                       self.rng.randint(1, 28))
        if "iso" in args:
            return born.isoformat()
        if "short" in args:
            return f"{born.day}/{born.month} -{born.year % 100:02d}"
        return f"{born.day} {MONTHS[born.month - 1]} {born.year}"

    def pnr(self, args: list[str]) -> str:
        style = next((a for a in args if a in EXTRA_PNR), None)
        if style is None:
            return super().pnr(args)
        rest = [a for a in args if a not in EXTRA_PNR]
        if style == "10plussp":
            date, serial = super().pnr(["10+", *rest]).split("+")
            return f"{date} + {serial}"
        date, serial = super().pnr(["12-", *rest]).split("-")
        return {"10dots": f"{date[2:4]}.{date[4:6]}.{date[6:]}-{serial}",
                "12nlmid": f"{date[:6]}\n{date[6:]}-{serial}",
                "12under": f"{date}_{serial}"}[style]

    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style not in EXTRA_PHONES:
            return super().phone(args)
        tail = f"{self.rng.randint(5, 99):02d}"  # 070-174 06 05 .. 99 are the PTS test mobiles
        uk = f"{self.rng.randint(0, 999):03d}"  # Ofcom 07700 900000 .. 900999
        return {"spdash": f"070 - 174 06 {tail}", "intl00": f"0046 (0)70 174 06 {tail}",
                "smsgrp": f"+46 70 17406{tail}", "ukdots": f"07700.900.{uk}"}[style]
