"""Made-up numbers for the thirty-third corpus: the thirty-second corpus's generator
(`../thirtysecond/thirtysecond_ids.py`, which builds on the thirty-first, thirtieth, eighth,
seventh, fifth and fourth), with one addition money paperwork needs:

    «iban LT [compact]»   a Lithuanian IBAN (LT, two check digits, a five-digit bank code and
                          an eleven-digit account), mod-97 correct like the others

Every other token is the thirty-second's: «pnr STYLE [snr] [bad|maybe] [young|old]», «phone
STYLE», «iban CC [compact|lower]», «account [plain]», «ip [v6]», «plate [...]», «org [flat]»,
«dob STYLE [old]». No value is typed by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "thirtysecond"), str(HERE.parent / "thirtyfirst"),
                str(HERE.parent / "thirtieth"), str(HERE.parent / "eighth")]

from thirtysecond_ids import PHONE_STYLES, PNR_STYLES, iban_ok, luhn_digit, luhn_ok  # noqa: E402
from thirtysecond_ids import Ids as SecondIds  # noqa: E402

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(SecondIds):  # type: ignore[misc,valid-type]
    def make(self, kind: str, args: list[str]) -> str:
        if kind == "iban" and args and args[0] == "LT":
            return self.lithuanian_iban(args)
        return str(super().make(kind, args))

    def lithuanian_iban(self, args: list[str]) -> str:
        bban = "".join(str(self.rng.randint(0, 9)) for _ in range(16))
        moved = bban + "LT00"
        check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
        iban = f"LT{check:02d}{bban}"
        if "compact" in args:
            return iban
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
