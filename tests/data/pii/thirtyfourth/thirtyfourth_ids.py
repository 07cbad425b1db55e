"""Made-up numbers for the thirty-fourth corpus: the thirty-second corpus's generator
(`../thirtysecond/thirtysecond_ids.py`, which builds on the thirty-first, thirtieth, eighth,
seventh, fifth and fourth), with one addition research paperwork needs:

    «dob STYLE adult»   a date of birth between 1950 and 2004 (study participants, applicants)

Every other token is the thirty-second's: «pnr STYLE [snr] [bad|maybe] [young|old]», «phone
STYLE», «iban CC», «account [plain]», «ip [v6]», «plate [...]», «org [flat]», «dob STYLE [old]».
No value is typed by hand.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "thirtysecond"), str(HERE.parent / "thirtyfirst"),
                str(HERE.parent / "thirtieth"), str(HERE.parent / "eighth")]

from thirtysecond_ids import (  # noqa: E402
    MONTHS_SV,
    PHONE_STYLES,
    PNR_STYLES,
    iban_ok,
    luhn_digit,
    luhn_ok,
)
from thirtysecond_ids import Ids as SecondIds  # noqa: E402

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(SecondIds):  # type: ignore[misc,valid-type]
    def make(self, kind: str, args: list[str]) -> str:
        if kind == "dob" and "adult" in args:
            return self.adult_dob(args[0] if args[0] != "adult" else "iso")
        return str(super().make(kind, args))

    def adult_dob(self, style: str) -> str:
        day = dt.date(1950, 1, 1) + dt.timedelta(days=self.rng.randint(0, 54 * 365))
        return {"iso": day.isoformat(),
                "sv": f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}",
                "dots": f"{day.day:02d}.{day.month:02d}.{day.year}",
                "en": day.strftime("%d %B %Y").lstrip("0"),
                "slash": f"{day.day}/{day.month}/{day.year}"}[style]
