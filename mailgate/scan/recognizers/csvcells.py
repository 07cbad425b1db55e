"""Cells of a CSV export that open after a number's cell: `Ola Sten,7001011235,0701740605`.

A number's look-behind refuses digits right after a digit and a comma (`1,05` is a decimal
comma's), so a phone in the cell after a personnummer, a date or a code (`2026-11-21,070…`,
`A12,070…`) went unread. In a CSV row (columns.py: two commas or more, none followed by a
blank) that comma ends a cell: the next cell is read as a number of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from mailgate.scan.recognizers.columns import CSV_MARK, a_csv_row
from mailgate.scan.recognizers.leading import fast

# A comma after a digit, before a number's first character (`0`, `+`).
# Written comma-first (leading.fast): a comma is rare, every position was tried.
_AFTER_A_NUMBERS_CELL: Final = fast(re.compile(r"(?<=\d),(?=[0+])"))


def cells_after_numbers(text: str) -> Iterator[int]:
    """Where each such cell starts, in rows of a CSV export."""
    if CSV_MARK not in text:
        return
    for comma in _AFTER_A_NUMBERS_CELL.finditer(text):
        line = text.rfind("\n", 0, comma.start()) + 1
        end = text.find("\n", comma.end())
        if a_csv_row(text[line : len(text) if end < 0 else end]):
            yield comma.end()
