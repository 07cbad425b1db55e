"""Made-up numbers for the fourth corpus, every one from a range kept for fiction or computed.

`Ids(rng).make(kind, args)` serves the «kind args» tokens of the case texts:

    «pnr STYLE [snr] [bad|maybe] [young|old]»   personnummer or samordningsnummer (day + 60)
    «phone STYLE»                               a PTS test number, an Ofcom drama number, US 555
    «iban CC [compact|lower]»                   an IBAN with a correct mod-97 check
    «account»                                   a Swedish clearing and account number
    «ip v4|v6»  «plate STYLE»  «org [flat]»    documentation IPs, plates, organisation numbers

Personnummer carry a Luhn check digit computed here: right, or (`bad`) deliberately wrong.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fresh"))

from fresh_ids import iban_ok as mod97_ok
from fresh_ids import luhn_digit
from fresh_ids import luhn_ok as luhn_check_ok

PNR_STYLES = ("12-", "12", "10-", "10", "12sp", "10sp", "10+", "12dash", "10nl", "12dot")
PHONE_STYLES = ("mob", "mobc", "mobsp", "intl", "intlc", "0046", "mobnl", "mobpairs", "land",
                "landc", "landintl", "gbg", "malmo", "north", "uk", "ukintl", "us")
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXZ"
IBAN_BBAN = {"SE": "20d", "FI": "14d", "EE": "16d", "DE": "18d", "NO": "11d", "DK": "14d",
             "PL": "24d", "GB": "4a14d"}


# The check-digit arithmetic is the fresh corpus's (fresh_ids.py); here only stricter inputs.
def luhn_ok(ten: str) -> bool:
    """A ten-digit personnummer or organisation number with a right Luhn check digit."""
    return len(ten) == 10 and luhn_check_ok(ten)


def iban_ok(iban: str) -> bool:
    """An IBAN with a right mod-97 check; False (not an error) for text that is no IBAN."""
    compact = iban.replace(" ", "").upper()
    return compact.isalnum() and compact[:2].isalpha() and mod97_ok(compact)


class Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self, kind: str, args: list[str]) -> str:
        makers = {"pnr": self.pnr, "snr": lambda a: self.pnr([*a, "snr"]), "phone": self.phone,
                  "iban": self.iban, "account": self.account, "ip": self.ip,
                  "plate": self.plate, "org": self.org}
        if kind not in makers:
            raise ValueError(f"unknown generated value «{kind}»")
        return makers[kind](args)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    # personnummer -------------------------------------------------------------------------
    def pnr(self, args: list[str]) -> str:
        style = next((a for a in args if a in PNR_STYLES or a == "any"), "12-")
        if style == "any":
            style = self.rng.choice([s for s in PNR_STYLES if s != "10+"])
        years = (1912, 1925) if style == "10+" else (1996, 2010) if "young" in args else (
            1931, 1944) if "old" in args else (1952, 2004)
        born = dt.date(self.rng.randint(*years), self.rng.randint(1, 12), self.rng.randint(1, 28))
        day = born.day + 60 if "snr" in args else born.day
        nine = f"{born.year % 100:02d}{born.month:02d}{day:02d}{self.digits(3)}"
        check = luhn_digit(nine)
        wrong = "bad" in args or ("maybe" in args and self.rng.random() < 0.4)
        if wrong:
            check = (check + self.rng.randint(1, 9)) % 10
        date, serial, century = nine[:6], nine[6:] + str(check), str(born.year // 100)
        return {
            "12-": f"{century}{date}-{serial}", "12": f"{century}{date}{serial}",
            "10-": f"{date}-{serial}", "10": f"{date}{serial}", "10+": f"{date}+{serial}",
            "12sp": f"{century}{date} {serial}", "10sp": f"{date} {serial}",
            "12dash": f"{century}{date} - {serial}", "10nl": f"{date}-\n{serial}",
            "12dot": f"{century}{date[:2]}.{date[2:4]}.{date[4:]}-{serial}",
        }[style]

    # phones -------------------------------------------------------------------------------
    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style == "any":
            style = self.rng.choice(PHONE_STYLES)
        r = self.rng
        tail = f"{r.randint(5, 99):02d}"  # 070-174 06 05 .. 99 are the PTS test mobiles
        land = f"{r.randint(0, 99):02d}"
        return {
            "mob": f"070-174 06 {tail}", "mobc": f"07017406{tail}",
            "mobsp": f"070 174 06 {tail}", "intl": f"+46 70 174 06 {tail}",
            "intlc": f"+4670174 06{tail}", "0046": f"0046 70-174 06 {tail}",
            "mobnl": f"070-174\n06 {tail}", "mobpairs": f"07 01 74 06 {tail}",
            "land": f"08-465 004 {land}", "landc": f"08465004{land}",
            "landintl": f"+46 8 465 004 {land}", "gbg": f"031-390 06 {land}",
            "malmo": f"040-628 04 {land}", "north": f"0980-319 2{land}",
            "uk": f"07700 900{r.randint(0, 999):03d}",
            "ukintl": f"+44 7700 900{r.randint(0, 999):03d}",
            "us": f"+1 202-555-01{land}",
        }[style]

    # accounts -----------------------------------------------------------------------------
    def iban(self, args: list[str]) -> str:
        country = args[0] if args else "SE"
        spec = IBAN_BBAN[country]
        letters = int(spec[0]) if spec.endswith("d") and "a" in spec else 0
        digits = int(spec.split("a")[-1].rstrip("d"))
        bban = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(letters))
        bban += self.digits(digits)
        moved = bban + country + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
        iban = f"{country}{check:02d}{bban}"
        if "compact" in args:
            return iban
        grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return grouped.lower() if "lower" in args else grouped

    def account(self, args: list[str]) -> str:
        clearing = self.rng.choice(["8327-9", "8105-9", "6123", "5489", "9150"])
        return f"{clearing}, {self.digits(3)} {self.digits(3)} {self.digits(3)}-{self.digits(1)}"

    # the rest -----------------------------------------------------------------------------
    def ip(self, args: list[str]) -> str:
        if args and args[0] == "v6":
            return f"2001:db8:{self.rng.randint(1, 0xffff):x}::{self.rng.randint(1, 0xfff):x}"
        net = self.rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{self.rng.randint(1, 254)}"

    def plate(self, args: list[str]) -> str:
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(3))
        last = self.rng.choice(PLATE_LETTERS) if "new" in args else str(self.rng.randint(0, 9))
        num = f"{self.rng.randint(0, 99):02d}{last}"
        if "flat" in args:
            return letters + num
        if "lower" in args:
            return f"{letters} {num}".lower()
        return f"{letters} {num}"

    def org(self, args: list[str]) -> str:
        nine = f"{self.rng.choice('25789')}{self.rng.randint(0, 9)}{self.rng.randint(20, 99)}"
        nine += self.digits(5)
        number = nine + str(luhn_digit(nine))
        return number if "flat" in args else f"{number[:6]}-{number[6:]}"
