"""Made-up numbers for the thirtieth corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported, which builds on the seventh, fifth and fourth), with one
flag added for the plates of the neighbouring countries a road corpus meets.

    «pnr STYLE [snr] [bad|maybe] [young|old]»  «phone STYLE»  «iban CC»
    «account [plain]»  «ip [v6]»  «plate [new|flat|lower|no|dk|fi|de|pl]»  «org [flat]»
    «dob iso|sv|dots|en|slash»

`plate no|dk|fi|de|pl` (this corpus's own) gives a made-up plate in that country's shape:
Norwegian `EL 12345`, Danish `AB 12 345`, Finnish `ABC-123`, German `HH-AB 1234`, Polish
`WX 12345`. Letters and digits are random; no real plate was looked up.
"""

from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES, PNR_STYLES, iban_ok, luhn_digit, luhn_ok
from eighth_ids import Ids as EighthIds

__all__ = ["FOREIGN_PLATES", "PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit",
           "luhn_ok"]
GERMAN_TOWNS = ("HH", "B", "HB", "KI", "FL", "HL", "M", "K", "DO", "ROS")
POLISH_AREAS = ("WX", "PO", "GD", "KR", "SZ", "WE", "DW", "GA")
FOREIGN_PLATES = ("no", "dk", "fi", "de", "pl")


class Ids(EighthIds):
    def __init__(self, rng: random.Random) -> None:
        super().__init__(rng)
        self.plate_rng = rng

    def make(self, kind: str, args: list[str]) -> str:
        if kind == "plate" and args and args[0] in FOREIGN_PLATES:
            return self.foreign_plate(args[0])
        return str(super().make(kind, args))

    def foreign_plate(self, country: str) -> str:
        rng = self.plate_rng

        def letters(n: int) -> str:
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))

        def digits(n: int) -> str:
            return "".join(rng.choice(string.digits) for _ in range(n))

        if country == "no":
            return f"{letters(2)} {rng.randint(1, 9)}{digits(4)}"
        if country == "dk":
            return f"{letters(2)} {rng.randint(1, 9)}{digits(1)} {digits(3)}"
        if country == "fi":
            return f"{letters(3)}-{rng.randint(1, 9)}{digits(2)}"
        if country == "de":
            return f"{rng.choice(GERMAN_TOWNS)}-{letters(2)} {rng.randint(1, 9)}{digits(3)}"
        return f"{rng.choice(POLISH_AREAS)} {rng.randint(1, 9)}{digits(4)}"
