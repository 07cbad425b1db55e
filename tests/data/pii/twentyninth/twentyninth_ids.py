"""Made-up numbers for the twenty-ninth corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported, which builds on the seventh, fifth and fourth), with one
flag added for the elderly tenants of a senior housing.

    «pnr STYLE [snr] [bad|maybe] [young|old|senior]»  «phone STYLE»  «iban CC»
    «account [plain]»  «ip [v6]»  «plate [new|flat|lower]»  «org [flat]»  «dob iso|sv|dots|en|slash»

`senior` (this corpus's own) gives a tenant born 1930-1952 in the styles `12-`, `12`, `10-` and
`10`, with a computed Luhn digit, wrong by one to nine when `bad` (or, with `maybe`, half the time).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES, PNR_STYLES, iban_ok, luhn_digit, luhn_ok
from eighth_ids import Ids as EighthIds

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]
SENIOR_STYLES = ("12-", "12", "10-", "10")


class Ids(EighthIds):
    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.senior_rng = rng

    def make(self, kind: str, args: list[str]) -> str:
        if kind == "pnr" and "senior" in args:
            return self.senior(args)
        return str(super().make(kind, args))

    def senior(self, args: list[str]) -> str:
        rng = self.senior_rng
        style = args[0] if args and args[0] in SENIOR_STYLES else "12-"
        born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(22 * 365))
        serial = f"{rng.randrange(1000):03d}"
        nine = f"{born:%y%m%d}{serial}"
        digit = luhn_digit(nine)
        if "bad" in args or ("maybe" in args and rng.random() < 0.5):
            digit = (digit + rng.randrange(1, 10)) % 10
        ten = f"{nine}{digit}"
        full = f"{born.year // 100}{ten}" if style.startswith("12") else ten
        if style.endswith("-"):
            return f"{full[:-4]}-{full[-4:]}"
        return full
