"""Made-up numbers for the thirty-second corpus: the thirty-first corpus's generator
(`../thirtyfirst/thirtyfirst_ids.py`, which imports the thirtieth's and builds on the eighth,
seventh, fifth and fourth), with two additions an old person's paperwork needs:

    «phone oldland»   a Stockholm landline written the old way, in pairs (`08-46 50 04 83`),
                      from the landline test range 08-465 004 xx
    «dob STYLE old»   a date of birth between 1924 and 1952 (the other styles' years are young)

Every other token is the thirty-first's: «pnr STYLE [snr] [bad|maybe] [young|old]», «phone
STYLE», «iban CC», «account [plain]», «ip [v6]», «plate [...]», «org [flat]», «dob STYLE».
No value is typed by hand.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "thirtyfirst"), str(HERE.parent / "thirtieth"),
                str(HERE.parent / "eighth")]

from thirtyfirst_ids import PHONE_STYLES as FIRST_PHONES  # noqa: E402
from thirtyfirst_ids import PNR_STYLES, iban_ok, luhn_digit, luhn_ok  # noqa: E402
from thirtyfirst_ids import Ids as FirstIds  # noqa: E402

PHONE_STYLES = (*FIRST_PHONES, "oldland")
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(FirstIds):  # type: ignore[misc,valid-type]
    def make(self, kind: str, args: list[str]) -> str:
        if kind == "dob" and "old" in args:
            return self.old_dob(args[0] if args[0] != "old" else "iso")
        return str(super().make(kind, args))

    def phone(self, args: list[str]) -> str:
        if args and args[0] == "oldland":
            tail = f"{self.rng.randint(0, 99):02d}"
            return f"08-46 50 04 {tail}"
        return str(super().phone(args))

    def old_dob(self, style: str) -> str:
        day = dt.date(1924, 1, 1) + dt.timedelta(days=self.rng.randint(0, 28 * 365))
        return {"iso": day.isoformat(),
                "sv": f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}",
                "dots": f"{day.day:02d}.{day.month:02d}.{day.year}",
                "en": day.strftime("%d %B %Y").lstrip("0"),
                "slash": f"{day.day}/{day.month}/{day.year}"}[style]
