"""Synthetic identifiers for the unseen corpus: personnummer (valid and mistyped), phones, IBANs...

Nothing here is looked up: numbers are random, checksums are computed (Luhn, IBAN mod 97), and
broken personnummer get a check digit that is deliberately wrong.
"""

from __future__ import annotations

import datetime as dt
import random

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"  # Swedish plates skip I, Q, V and Å Ä Ö


def luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def luhn_ok(ten: str) -> bool:
    return luhn_digit(ten[:9]) == ten[9]


def birth_date(rng: random.Random, first: int = 1952, last: int = 2010) -> dt.date:
    start = dt.date(first, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(last, 12, 31).toordinal()))


PNR_SHAPES = ["yymmdd-nnnc", "yyyymmdd-nnnc", "yyyymmddnnnc", "yymmddnnnc", "yymmdd nnnc",
              "yyyymmdd nnnc", "yymmdd+nnnc"]


def personnummer(rng: random.Random, shape: str, valid: bool = True, coordination: bool = False,
                 born: dt.date | None = None) -> str:
    """A personnummer (or samordningsnummer: day + 60) in the given shape."""
    if shape.endswith("+nnnc") and (born is None or born.year > 1925):
        born = birth_date(rng, 1918, 1925)  # '+' marks someone 100 or older
    born = born or birth_date(rng)
    day = born.day + (60 if coordination else 0)
    core = f"{born:%y%m}{day:02d}{rng.randint(0, 999):03d}"
    check = luhn_digit(core)
    if not valid:
        check = str((int(check) + rng.randint(1, 9)) % 10)
    assert luhn_ok(core + check) == valid
    serial = core[6:] + check
    century = f"{born.year // 100}"
    return (shape.replace("yyyy", century + "yy").replace("yy", core[:2], 1)
            .replace("mm", core[2:4]).replace("dd", core[4:6]).replace("nnnc", serial))


def org_number(rng: random.Random) -> str:
    """An organisationsnummer: the month pair is 20 or more, so no birth date can be read."""
    head = rng.choice(["202100", "212000", "232100", "556" + f"{rng.randint(0, 999):03d}",
                       "559" + f"{rng.randint(100, 499):03d}", "802" + f"{rng.randint(0, 599):03d}",
                       "716" + f"{rng.randint(400, 499):03d}"])
    body = head + f"{rng.randint(0, 999):03d}"
    assert int(body[2:4]) >= 20
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _groups(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    return sep.join(out)


def mobile(rng: random.Random) -> str:
    prefix = rng.choice(["70", "72", "73", "76", "79"])
    rest = f"{rng.randint(0, 9999999):07d}"
    shapes = [
        f"0{prefix}-{_groups(rest, [3, 2, 2])}", f"0{prefix}{rest}",
        f"0{prefix} {_groups(rest, [3, 2, 2])}", f"+46 {prefix} {_groups(rest, [3, 2, 2])}",
        f"+46{prefix}{rest}", f"0046 {prefix}-{_groups(rest, [3, 2, 2])}",
        f"0{prefix}-{_groups(rest, [2, 2, 3])}", f"+46 (0){prefix} {_groups(rest, [3, 4])}",
        f"0{prefix[0]}{prefix[1]}-{rest}", f"0{prefix} {_groups(rest, [2, 2, 3])}",
        f"+46-{prefix}-{_groups(rest, [3, 2, 2], '')}",
    ]
    return rng.choice(shapes)


def landline(rng: random.Random) -> str:
    return rng.choice([
        f"08-{rng.randint(100, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"08-{rng.randint(100, 799)} {rng.randint(100, 999)} {rng.randint(10, 99)}",
        f"031-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"040-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"0920-{rng.randint(100, 299)} {rng.randint(10, 99)}",
        f"018-{rng.randint(100, 699)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"+46 8 {rng.randint(100, 799)} {rng.randint(100, 999)} {rng.randint(10, 99)}",
        f"010-{rng.randint(100, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"0480-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"046{rng.randint(100000, 399999)}",
    ])


def foreign_phone(rng: random.Random) -> str:
    return rng.choice([f"+358 40 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                       f"+44 7700 {rng.randint(900000, 900999)}",
                       f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} "
                       f"{rng.randint(100, 999)}",
                       "+45 " + " ".join(str(rng.randint(10, 99)) for _ in range(4))])


def iban(rng: random.Random, country: str = "SE") -> str:
    length = {"SE": 20, "FI": 14, "DE": 18, "PL": 24}[country]
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length))
    if country == "SE":
        bban = rng.choice(["500", "800", "600", "300", "957"]) + bban[3:]
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return grouped if rng.random() < 0.7 else raw


def bank_account(rng: random.Random) -> str:
    def n(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    return rng.choice([f"8{n(3)}-{n(1)}, {n(3)} {n(3)} {n(3)}-{n(1)}",
                       f"6{n(3)}-{n(3)} {n(3)} {n(3)}",
                       f"{rng.choice(['5', '9'])}{n(3)} {n(2)} {n(5)}", f"3{n(3)}-{n(10)}",
                       f"8{n(4)}{n(10)}"])


def plate(rng: random.Random) -> str:
    letters = "".join(rng.choice(PLATE_LETTERS) for _ in range(3))
    last = str(rng.randint(0, 9)) if rng.random() < 0.6 else rng.choice(PLATE_LETTERS)
    return f"{letters}{rng.choice(['', ' '])}{rng.randint(10, 99)}{last}"


def ip(rng: random.Random) -> str:
    first = rng.choice([78, 83, 85, 90, 94, 155, 176, 185, 195, 213])
    return ".".join([str(first)] + [str(rng.randint(1, 254)) for _ in range(3)])


SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december"]


def birth_text(rng: random.Random, born: dt.date) -> str:
    return rng.choice([f"{born:%Y-%m-%d}", f"{born.day}/{born.month} {born.year}",
                       f"{born.day} {SV_MONTHS[born.month - 1]} {born.year}", f"{born:%d.%m.%Y}",
                       f"{born:%y%m%d}", f"{born.day}/{born.month}-{born:%y}"])


def diary_number(rng: random.Random) -> str:
    """Case, diary, lab and seizure numbers: none has a personnummer's shape."""
    n = rng.randint
    return rng.choice([f"Dnr 2026/{n(100, 9999)}", f"dnr 3.1.2-{n(1000, 99999)}/2026",
                       f"ärende {rng.choice(['5000', '0200', '1400'])}-K{n(100000, 999999)}-26",
                       f"K{n(100000, 999999)}-26", f"lab-nr 26-{n(1, 99999):06d}",
                       f"NFC 2026-{n(10000, 99999)}", f"RMV T26-{n(1, 9999):05d}",
                       f"beslag 2026-{rng.choice(['5000', '0500'])}-BG{n(1000, 99999)}",
                       f"Tull-ärende 2026-{n(1, 999999):06d}", f"provnr {n(1, 99999):05d}/26",
                       f"SiS dnr 1.1.3-{n(1000, 9999)}-2026", f"Lvm-ärende {n(100, 999)}/26"])
