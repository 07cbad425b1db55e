"""Synthetic identifiers and hard-negative numbers for the fresh corpus, from a seeded Random.

Everything here is made up. Phones come from ranges reserved for fiction (Swedish PTS test
numbers, UK Ofcom drama numbers, US 555-01xx), e-mails from example domains (RFC 2606), IPs
from documentation ranges (RFC 5737, RFC 3849) and private ones. Personnummer and
samordningsnummer are date-valid; a `bad` one gets a deliberately wrong check digit, as
hurried typing gives. `Ids.make(kind, args)` is what the «kind args» tokens of the handwritten
and template cases call.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # no I, Q, V, Å, Ä, Ö on Swedish plates
TEST_LANDLINES = ("08-465 004 {a}{b}", "031-390 06 {a}{b}", "040-628 04 {a}{b}",
                  "0980-319 2{a}{b}")
MAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com",
                "region-norr.example", "kommun.example", "skolan.example", "uni.example")


def luhn_digit(digits: str) -> int:
    """The check digit that makes `digits` + it pass the Luhn test."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


def luhn_ok(digits: str) -> bool:
    return luhn_digit(digits[:-1]) == int(digits[-1])


def iban_check(country: str, bban: str) -> str:
    """The two check digits of an IBAN (ISO 13616 mod-97)."""
    moved = bban + country + "00"
    number = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(number) % 97:02d}"


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


IBAN_SHAPES = {  # country: (bank-code length, letters in it, account digits)
    "SE": (3, 0, 17), "NO": (4, 0, 7), "DK": (4, 0, 10), "FI": (6, 0, 8),
    "DE": (8, 0, 10), "GB": (4, 4, 14), "PL": (8, 0, 16),
}


def ascii_word(word: str) -> str:
    """Öberg -> oberg, O'Connell -> oconnell, Nørgaard -> norgaard: as mail addresses go."""
    word = word.lower().replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return "".join(c for c in plain if c.isalnum() or c in ".-")


class Ids:
    """Makes numbers; one instance per corpus run, so the seed fixes every value."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.makers: dict[str, Callable[[list[str]], str]] = {
            "pnr": self.pnr, "snr": lambda a: self.pnr([*a, "snr"]), "phone": self.phone,
            "email": self.email, "iban": self.iban, "ip": self.ip, "plate": self.plate,
            "org": self.org, "dnr": self.dnr, "case": self.case, "lab": self.lab,
            "seizure": self.seizure, "date": self.date, "time": self.time,
            "amount": self.amount, "digits": self.digits,
        }

    def make(self, kind: str, args: list[str]) -> str:
        return self.makers[kind](args)

    def birth(self, old: bool = False, young: bool = False) -> dt.date:
        """A birth date: 1948-2011, or 1912-1925 (`10+`: over a hundred), or 1996-2010."""
        start, end = ((1912, 1925) if old else (1996, 2010) if young else (1948, 2011))
        first = dt.date(start, 1, 1)
        return first + dt.timedelta(days=self.rng.randrange((dt.date(end, 12, 31) - first).days))

    def pnr(self, args: list[str]) -> str:
        """Style (first arg): 12- 12 10- 10 10+ 12sp 12dash 10dash 10dot 12nl 10spdash 10sp 12dot
        12odd 10slash; flags
        `bad` (wrong check digit), `maybe` (wrong 40 % of the time), `snr` (samordningsnummer,
        day + 60) and `young` (born 1996-2010)."""
        style = args[0] if args else "12-"
        if style == "any":
            style = self.rng.choice(["12-", "12", "10-", "10", "12sp", "10sp", "12dash", "10+"])
        if "maybe" in args and self.rng.random() < 0.4:
            args = [*args, "bad"]
        born = self.birth(old=style == "10+", young="young" in args)
        while style in ("10", "10sp") and born.year % 100 < 10:  # 0704034693 reads as a phone
            born = self.birth(young="young" in args)
        day = born.day + (60 if "snr" in args else 0)
        serial = f"{self.rng.randrange(1, 1000):03d}"
        short = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
        check = luhn_digit(short + serial)
        if "bad" in args:
            check = (check + self.rng.randrange(1, 10)) % 10
        tail = f"{serial}{check}"
        long = f"{born.year}{born.month:02d}{day:02d}"
        return {
            "12-": f"{long}-{tail}", "12": f"{long}{tail}", "10-": f"{short}-{tail}",
            "10": f"{short}{tail}", "10+": f"{short}+{tail}", "12sp": f"{long} {tail}",
            "12dash": f"{long}–{tail}", "10dash": f"{short}–{tail}", "10dot": f"{short}.{tail}",
            "12nl": f"{long}-\n{tail}",
            "10spdash": f"{short} - {tail}", "10sp": f"{short} {tail}",
            "12dot": f"{long[:4]}.{long[4:6]}.{long[6:]}-{tail}",
            "12odd": f"{long[:2]} {long[2:]}-{tail}", "10slash": f"{short}/{tail}",
        }[style]

    def phone(self, args: list[str]) -> str:
        """Style: mob mobc mobsp intl intlc 0046 mobdash mobdot mobflat intlparen mobpairs mobnl
        mobodd land landc landintl uk ukintl ukland us, or any."""
        style = args[0] if args else "mob"
        if style == "any":
            style = self.rng.choice(["mob", "mobc", "mobsp", "intl", "intlc", "0046", "mobflat",
                                     "land", "landc", "landintl"])
        tail = f"{self.rng.randrange(5, 100):02d}"  # 070-174 06 05 to 99 are test numbers
        a, b = tail[0], tail[1]
        mobile = {
            "mob": f"070-174 06 {tail}", "mobc": f"070174 06{tail}",
            "mobsp": f"070 174 06 {tail}", "intl": f"+46 70 174 06 {tail}",
            "intlc": f"+46701740 6{tail}", "0046": f"0046 70-174 06 {tail}",
            "mobdash": f"070–174 06 {tail}", "mobdot": f"070.174.06.{tail}",
            "mobflat": f"0701740{6}{tail}", "intlparen": f"+46 (0)70-174 06 {tail}",
            "mobpairs": f"07 01 74 06 {tail}", "mobnl": f"070-174\n06 {tail}",
            "mobodd": f"070-17406{tail}",
        }
        if style in mobile:
            return mobile[style]
        land = self.rng.choice(TEST_LANDLINES).format(a=a, b=b)
        n = self.rng.randrange(100, 1000)
        return {
            "land": land, "landc": land.replace(" ", ""),
            "landintl": "+46 " + land[1:].replace("-", " "),
            "uk": f"07700 900{n}", "ukintl": f"+44 7700 900{n}", "ukland": f"020 7946 0{n}",
            "us": f"+1 (202) 555-01{a}{b}",
        }[style]

    def email(self, args: list[str]) -> str:
        """Args: local part words (joined by . or _ or nothing), optional `@domain`."""
        words = [ascii_word(w) for w in args if not w.startswith("@")]
        domains = [w[1:] for w in args if w.startswith("@")]
        joiner = self.rng.choice([".", "_", ".", ""])
        local = joiner.join(words) or f"user{self.rng.randrange(10, 99)}"
        if self.rng.random() < 0.3:
            local += str(self.rng.randrange(1, 99))
        return f"{local}@{domains[0] if domains else self.rng.choice(MAIL_DOMAINS)}"

    def iban(self, args: list[str]) -> str:
        """Args: country (SE NO DK FI DE GB PL) and `compact` or `lower` for odd writing."""
        country = args[0] if args else "SE"
        bank, letters, account = IBAN_SHAPES[country]
        code = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTWXY") for _ in range(letters))
        code += "".join(str(self.rng.randrange(10)) for _ in range(bank - letters))
        bban = code + "".join(str(self.rng.randrange(10)) for _ in range(account))
        full = country + iban_check(country, bban) + bban
        if "compact" in args:
            return full
        grouped = " ".join(full[i:i + 4] for i in range(0, len(full), 4))
        return grouped.lower() if "lower" in args else grouped

    def ip(self, args: list[str]) -> str:
        style = args[0] if args else "v4"
        r = self.rng.randrange
        if style == "v6":
            return f"2001:db8:{r(1, 0xffff):x}::{r(1, 0xffff):x}"
        if style == "private":
            return f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 255)}"
        net = self.rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return f"{net}.{r(1, 255)}"

    def plate(self, args: list[str]) -> str:
        """Style: sp (ABC 123) flat (ABC123) new (ABC 12D) newflat lower dash, or any."""
        style = args[0] if args else "sp"
        if style == "any":
            style = self.rng.choice(["sp", "flat", "new", "newflat", "dash"])
        letters = "".join(self.rng.choice(PLATE_LETTERS) for _ in range(3))
        digits = f"{self.rng.randrange(0, 1000):03d}"
        last = self.rng.choice(PLATE_LETTERS.replace("O", ""))  # never O last: read as 0
        return {
            "sp": f"{letters} {digits}", "flat": f"{letters}{digits}",
            "new": f"{letters} {digits[:2]}{last}", "newflat": f"{letters}{digits[:2]}{last}",
            "lower": f"{letters} {digits}".lower(), "dash": f"{letters}-{digits}",
        }[style]

    def org(self, args: list[str]) -> str:
        """An organisation number: month pair 20 or more, Luhn-valid (556, 802, 212 series)."""
        head = self.rng.choice(["556", "559", "802", "212", "769"])
        body = head + "".join(str(self.rng.randrange(10)) for _ in range(6))
        number = body + str(luhn_digit(body))
        return number if "flat" in args else f"{number[:6]}-{number[6:]}"

    def dnr(self, args: list[str]) -> str:
        year = self.rng.choice(["2025", "2026"])
        n = self.rng.randrange(100, 9999)
        style = args[0] if args else "slash"
        return {"slash": f"{year}/{n:04d}", "vsn": f"VSN-{year}-{n:04d}",
                "reg": f"RS {year}/{n}", "dot": f"3.1.2-{year}/{n}",
                "soc": f"SN-{year}-{n:05d}"}[style]

    def case(self, args: list[str]) -> str:
        """A police or case-system number: 5000-K123456-26, ÄR-2026-00812, CASE-884213."""
        style = args[0] if args else "police"
        n = self.rng.randrange(10000, 999999)
        return {"police": f"{self.rng.choice(['5000', '1400', '0200'])}-K{n}-26",
                "ar": f"ÄR-2026-{n % 100000:05d}", "ticket": f"#{n}",
                "crm": f"CASE-{n}", "gic": f"GIC-26-{n % 100000:05d}"}[style]

    def lab(self, args: list[str]) -> str:
        n = self.rng.randrange(1000, 99999)
        style = args[0] if args else "rmv"
        return {"rmv": f"RMV-26-{n:05d}", "nfc": f"NFC-2026-{n:05d}", "prov": f"P26-{n:05d}",
                "short": f"26-{n:05d}", "check": f"DC{n:05d}"}[style]

    def seizure(self, args: list[str]) -> str:
        n = self.rng.randrange(1000, 99999)
        return f"2026-{self.rng.choice(['5000', '0200', '1400'])}-BG{n}"

    def date(self, args: list[str]) -> str:
        day = dt.date(2026, 1, 1) + dt.timedelta(days=self.rng.randrange(335))
        style = args[0] if args else "iso"
        if style == "birth":
            born = self.birth()
            return self.rng.choice([born.isoformat(), f"{born.day}/{born.month} {born.year}",
                                    f"{born.day}.{born.month}.{born.year}"])
        return {"iso": day.isoformat(), "dot": f"{day.day}.{day.month}.{day.year}",
                "slash": f"{day.day}/{day.month}", "us": f"{day.month}/{day.day}/{day.year}",
                "compact": day.strftime("%Y%m%d"), "short": day.strftime("%y%m%d")}[style]

    def time(self, args: list[str]) -> str:
        h, m = self.rng.randrange(24), self.rng.randrange(60)
        return f"{h:02d}.{m:02d}" if "dot" in args else f"{h:02d}:{m:02d}"

    def amount(self, args: list[str]) -> str:
        n = self.rng.choice([150, 200, 250, 300, 450, 600, 1200, 1500, 2500, 8000, 12500])
        return f"{n:,}".replace(",", " ") + " " + (args[0] if args else "kr")

    def digits(self, args: list[str]) -> str:
        """`digits N` - a bare run of N digits (queue, batch, order numbers); never 10 or 12
        long, so it cannot take the shape of a personnummer."""
        n = int(args[0]) if args else 6
        if n in (10, 12):
            raise ValueError("a bare 10- or 12-digit run could be a personnummer")
        return "".join(str(self.rng.randrange(10)) for _ in range(n))
