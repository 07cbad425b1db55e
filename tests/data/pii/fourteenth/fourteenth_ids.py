"""Made-up numbers for the fourteenth corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported, which builds on the seventh, fifth and fourth), plus IBANs
of more countries and foreign personal numbers, computed here with a right or (`bad`) wrong check.

    «iban ES|NL|IS|BE|AT»  as the fourth's «iban CC», with a correct mod-97 check
    «foreign dni|nie|bsn|pesel|hetu|fnr|cpr [bad]»
        Spanish DNI `12345678Z` and NIE `X1234567L` (letter = number mod 23), Dutch BSN
        (11-test), Polish PESEL (weights 1-3-7-9), Finnish henkilötunnus `131052-308T`
        (mod 31), Norwegian fødselsnummer (two mod-11 digits), Danish CPR `DDMMYY-SSSS`.
The foreign numbers are not scored (the scorer's ID_NUMBER is the Swedish personnummer; README).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES, PNR_STYLES, iban_ok, luhn_digit, luhn_ok
from eighth_ids import Ids as EighthIds

EXTRA_IBAN = {"ES": (0, 20), "NL": (4, 10), "IS": (0, 22), "BE": (0, 12), "AT": (0, 16)}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
HETU_CHECKS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
FOREIGN = ("dni", "nie", "bsn", "pesel", "hetu", "fnr", "cpr")
__all__ = ["FOREIGN", "PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]


class Ids(EighthIds):
    def make(self, kind: str, args: list[str]) -> str:
        if kind == "foreign":
            return self.foreign(args)
        return super().make(kind, args)

    def iban(self, args: list[str]) -> str:
        country = args[0] if args else "SE"
        if country not in EXTRA_IBAN:
            return super().iban(args)
        letters, digits = EXTRA_IBAN[country]
        bban = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
        bban += self.digits(digits)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        iban = f"{country}{check:02d}{bban}"
        if "compact" in args:
            return iban
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def born(self) -> dt.date:
        return dt.date(self.rng.randint(1960, 2006), self.rng.randint(1, 12),
                       self.rng.randint(1, 28))

    def foreign(self, args: list[str]) -> str:
        kind, bad = args[0], "bad" in args
        return {"dni": self.dni, "nie": self.nie, "bsn": self.bsn, "pesel": self.pesel,
                "hetu": self.hetu, "fnr": self.fnr, "cpr": self.cpr}[kind](bad)

    def _shift(self, alphabet: str, right: str, bad: bool) -> str:
        if not bad:
            return right
        return alphabet[(alphabet.index(right) + self.rng.randint(1, len(alphabet) - 1))
                        % len(alphabet)]

    def dni(self, bad: bool) -> str:
        number = self.digits(8)
        return number + self._shift(DNI_LETTERS, DNI_LETTERS[int(number) % 23], bad)

    def nie(self, bad: bool) -> str:
        head, number = self.rng.choice("XYZ"), self.digits(7)
        right = DNI_LETTERS[int(str("XYZ".index(head)) + number) % 23]
        return head + number + self._shift(DNI_LETTERS, right, bad)

    def bsn(self, bad: bool) -> str:
        while True:
            eight = str(self.rng.randint(1, 9)) + self.digits(7)
            rest = sum(int(d) * w for d, w in zip(eight, range(9, 1, -1), strict=True)) % 11
            if rest < 10:
                last = (rest + (self.rng.randint(1, 9) if bad else 0)) % 10
                if not bad or (rest - last) % 11:
                    return eight + str(last)

    def pesel(self, bad: bool) -> str:
        born = self.born()
        month = born.month + (20 if born.year >= 2000 else 0)
        ten = f"{born.year % 100:02d}{month:02d}{born.day:02d}{self.digits(4)}"
        check = (10 - sum(int(d) * w for d, w in zip(ten, (1, 3, 7, 9) * 3, strict=False))
                 % 10) % 10
        return ten + self._shift("0123456789", str(check), bad)

    def hetu(self, bad: bool) -> str:
        born, serial = self.born(), f"{self.rng.randint(2, 899):03d}"
        date = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        right = HETU_CHECKS[int(date + serial) % 31]
        sign = "A" if born.year >= 2000 else "-"
        return f"{date}{sign}{serial}{self._shift(HETU_CHECKS, right, bad)}"

    def fnr(self, bad: bool) -> str:
        while True:
            born = self.born()
            nine = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{self.digits(3)}"
            k1 = 11 - sum(int(d) * w for d, w in zip(nine, (3, 7, 6, 1, 8, 9, 4, 5, 2),
                                                      strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            ten = nine + str(k1)
            k2 = 11 - sum(int(d) * w for d, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2),
                                                      strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 < 10:
                return ten + (str((k2 + self.rng.randint(1, 9)) % 10) if bad else str(k2))

    def cpr(self, bad: bool) -> str:
        born = self.born()
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{self.digits(4)}"
