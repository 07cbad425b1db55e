"""Made-up numbers for the seventh corpus: the fifth corpus's generator (`../fifth/fifth_ids.py`,
imported) plus dates of birth and Norwegian and Danish fiction phones.

    «dob iso|sv|dots»        `1998-03-14`, `14 mars 1998`, `14.3.1998`
    «phone no»  «phone dk»   `+47 41 00 00 xx`-style numbers are not kept for fiction, so the
                             Nordic colleagues' numbers are the PTS test numbers written the
                             Norwegian (`070 17 40 6xx`) or Danish (`70 17 40 6x`) way
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fifth"))

from fifth_ids import PHONE_STYLES as FIFTH_PHONES
from fifth_ids import PNR_STYLES, iban_ok, luhn_digit, luhn_ok
from fifth_ids import Ids as FifthIds

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
EXTRA_PHONES = ("no", "dk")
PHONE_STYLES = FIFTH_PHONES + EXTRA_PHONES
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(FifthIds):
    def make(self, kind: str, args: list[str]) -> str:
        if kind == "dob":
            return self.dob(args)
        return super().make(kind, args)

    def dob(self, args: list[str]) -> str:
        born = dt.date(self.rng.randint(1960, 2009), self.rng.randint(1, 12),
                       self.rng.randint(1, 28))
        style = args[0] if args else "iso"
        return {"iso": born.isoformat(), "sv": f"{born.day} {MONTHS[born.month - 1]} {born.year}",
                "dots": f"{born.day}.{born.month}.{born.year}"}[style]

    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style not in EXTRA_PHONES:
            return super().phone(args)
        tail = f"{self.rng.randint(5, 99):02d}"  # 070-174 06 05 .. 99 are the PTS test mobiles
        return {"no": f"070 17 40 6{tail[0]} {tail[1]}", "dk": f"+46 70 17 40 6{tail}"}[style]
