"""Made-up numbers for the fifth corpus: the fourth corpus's generator, plus a few shapes it
does not write.

`Ids(rng).make(kind, args)` serves the «kind args» tokens of the case texts. Besides the
fourth corpus's kinds (`fourth_ids.py`: «pnr STYLE [snr] [bad|maybe] [young|old]», «phone
STYLE», «iban CC», «account», «ip», «plate», «org»):

    «pnr 12slash»  «pnr 10slash»      `19850412/1234`, `850412/1234`
    «pnr 12en»                        an en dash: `19850412–1234`
    «phone paren»  «phone slash»      `(070) 174 06 12`, `070/174 06 12`
    «phone dots»   «phone intl0»      `070.174.06.12`, `+46 (0)70-174 06 12`
    «phone nordic»                    `+46701740612` in a signature line
    «account plain»                   `8327-9 123 456 789-0` without the comma
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fourth"))

from fourth_ids import PHONE_STYLES as FOURTH_PHONES
from fourth_ids import PNR_STYLES as FOURTH_PNR
from fourth_ids import Ids as FourthIds
from fourth_ids import iban_ok, luhn_digit, luhn_ok

EXTRA_PNR = ("12slash", "10slash", "12en")
EXTRA_PHONES = ("paren", "slash", "dots", "intl0", "nordic")
PNR_STYLES = FOURTH_PNR + EXTRA_PNR
PHONE_STYLES = FOURTH_PHONES + EXTRA_PHONES
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(FourthIds):
    def pnr(self, args: list[str]) -> str:
        style = next((a for a in args if a in EXTRA_PNR), None)
        if style is None:
            return super().pnr(args)
        twelve = super().pnr(["12-", *[a for a in args if a not in EXTRA_PNR]])
        date, serial = twelve.split("-")
        return {"12slash": f"{date}/{serial}", "10slash": f"{date[2:]}/{serial}",
                "12en": f"{date}\u2013{serial}"}[style]

    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style not in EXTRA_PHONES:
            return super().phone(args)
        tail = f"{self.rng.randint(5, 99):02d}"  # 070-174 06 05 .. 99 are the PTS test mobiles
        return {"paren": f"(070) 174 06 {tail}", "slash": f"070/174 06 {tail}",
                "dots": f"070.174.06.{tail}", "intl0": f"+46 (0)70-174 06 {tail}",
                "nordic": f"+467017406{tail}"}[style]

    def account(self, args: list[str]) -> str:
        number = super().account(args)
        return number.replace(",", "") if "plain" in args else number
