"""Helpers for the scanner's tests: synthetic personnummer and finding look-ups."""

from __future__ import annotations

from mailgate.scan import Finding, scan


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def pnr(yymmdd: str, serial: str = "123", sep: str = "-", century: str = "",
        valid: bool = True) -> str:
    """A synthetic personnummer: checksum computed, or deliberately off by one."""
    check = luhn_digit(yymmdd + serial)
    if not valid:
        check = str((int(check) + 1) % 10)
    return f"{century}{yymmdd}{sep}{serial}{check}"


def found(text: str, kind: str) -> list[str]:
    """The texts of the findings of `kind` in `text`."""
    return [f.text for f in scan(text) if f.type == kind]


def flagged(text: str) -> list[Finding]:
    """Every finding that would be masked."""
    return [f for f in scan(text) if f.type != "QUASI"]
