"""The Luhn check of a personnummer's or samordningsnummer's ten digits YYMMDDNNNC."""

from __future__ import annotations

from typing import Final


def luhn_ok(digits: str) -> bool:
    """The Luhn check over the ten digits YYMMDDNNNC."""
    if not digits.isascii():  # other scripts' digits (int() reads them): digit by digit
        return _luhn_total(digits) % 10 == 0
    doubled = digits[0::2].translate(_DOUBLED)  # each doubled, its digits summed
    # Summed as bytes, each digit's code its value plus 48: no int() per digit (a dense MB
    # checks 20 000 numbers).
    total = sum(doubled.encode()) + sum(digits[1::2].encode()) - 48 * len(digits)
    return total % 10 == 0


_DOUBLED: Final = str.maketrans("0123456789", "0246813579")


def _luhn_total(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total
