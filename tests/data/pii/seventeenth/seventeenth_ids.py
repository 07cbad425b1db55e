"""Made-up numbers for the seventeenth corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported, which builds on the seventh, fifth and fourth) plus numbers
written in Eastern Arabic (Arabic-Indic) and Persian digits, as interpreters and relatives type
them on an Arabic or Persian keyboard.

    «phone ar»      `٠٧٠-١٧٤ ٠٦ ٣٢`      a PTS test mobile in Eastern Arabic digits
    «phone arintl»  `+٤٦ ٧٠ ١٧٤ ٠٦ ٣٢`
    «phone fa»      `۰۷۰ ۱۷۴ ۰۶ ۳۲`      in Persian digits
    «pnr 10ar»      `٨٥٠٤١٢-١٢٣٤`        a personnummer in Eastern Arabic digits
The rest («pnr STYLE [snr] [bad|maybe] [young|old]», «phone STYLE», «iban CC», «account», «ip»,
«plate», «org», «dob iso|sv|dots|en|slash») is the eighth's. `as_written` reads the digits back
as ASCII, so the checks see the number kept for fiction.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES as EIGHTH_PHONES
from eighth_ids import PNR_STYLES as EIGHTH_PNR
from eighth_ids import Ids as EighthIds
from eighth_ids import iban_ok, luhn_digit, luhn_ok

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
EXTRA_PHONES = ("ar", "arintl", "fa")
EXTRA_PNR = ("10ar",)
PHONE_STYLES = EIGHTH_PHONES + EXTRA_PHONES
PNR_STYLES = EIGHTH_PNR + EXTRA_PNR
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "as_written", "iban_ok", "luhn_digit",
           "luhn_ok"]


def as_written(number: str) -> str:
    """A number typed in Eastern Arabic or Persian digits, in ASCII digits."""
    return number.translate(TO_ASCII)


class Ids(EighthIds):
    def pnr(self, args: list[str]) -> str:
        if "10ar" not in args:
            return super().pnr(args)
        return super().pnr(["10-", *[a for a in args if a != "10ar"]]).translate(ARABIC)

    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style not in EXTRA_PHONES:
            return super().phone(args)
        tail = f"{self.rng.randint(5, 99):02d}"  # 070-174 06 05 .. 99 are the PTS test mobiles
        if style == "arintl":
            return f"+46 70 174 06 {tail}".translate(ARABIC)
        if style == "fa":
            return f"070 174 06 {tail}".translate(PERSIAN)
        return f"070-174 06 {tail}".translate(ARABIC)
