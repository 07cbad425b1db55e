"""Synthetic personal data for tests: never a real person's."""

from __future__ import annotations


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def personnummer(yymmdd: str, serial: str, *, valid: bool = True, sep: str = "-") -> str:
    check = luhn_digit(yymmdd + serial)
    if not valid:
        check = str((int(check) + 5) % 10)
    return f"{yymmdd}{sep}{serial}{check}"


# Numbers the Swedish telecom regulator reserves for fiction (070-1740605 .. 070-1740699).
FICTIONAL_MOBILE = "070-174 06 42"
