"""The header a table's cell stands under: exports and lists type their numbers by column.

```
Förråd	Hyresgäst	Pnr	Tel
B-114	Dennis Kjellberg	0304078160	0701740605
```
`0304078160` stands under `Pnr`, so it is a personnummer whatever cue words stand beside it,
and `0701740605` under `Tel` is a phone. A table is a block of lines cut by the same mark (a
tab, `;` or `|`); its first line, when it holds words and no long number, is the header.
"""

from __future__ import annotations

import re
import threading
from typing import Final

CELL_MARKS: Final = ("\t", ";", "|")
_LONG_NUMBER: Final = re.compile(r"\d{6}")
_LONGEST_TABLE: Final = 5000  # lines walked up to a header
_LONGEST_ROW: Final = 2000  # characters


class _Tables(threading.local):
    """Per text, each line's header cells (by the line's start), found once: a CSV export
    of thousands of rows asks for every number in it."""

    def __init__(self) -> None:
        self.text = ""
        self.marked = False  # whether the text holds any cell mark
        self.headers: dict[tuple[int, str], tuple[str, ...]] = {}


_tables = _Tables()


def column_header(text: str, start: int) -> str:
    """The case-folded header of the cell at `start`, or "" outside a table."""
    if _tables.text is not text:
        _tables.text, _tables.headers = text, {}
        _tables.marked = any(m in text for m in CELL_MARKS)
    if not _tables.marked:
        return ""  # most texts: no cell mark anywhere, no row to read
    lo = max(0, start - _LONGEST_ROW)
    line = text.rfind("\n", lo, start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    if (line == 0 and lo > 0) or (end < 0 and start + _LONGEST_ROW < len(text)):
        return ""  # a line this long is prose, not a row: no quadratic walk in a dense text
    row = text[line : len(text) if end < 0 else end]
    mark = next((m for m in CELL_MARKS if m in row), "")
    if not mark:
        return ""
    headers = _header_of(text, line, mark)
    column = row.count(mark, 0, start - line)
    return headers[column].strip().casefold() if column < len(headers) else ""


def _header_of(text: str, line: int, mark: str) -> tuple[str, ...]:
    """The header cells of the table the line starting at `line` stands in."""
    key = (line, mark)
    if key in _tables.headers:
        return _tables.headers[key]
    walked = [key]
    top = line
    while top > 0 and len(walked) < _LONGEST_TABLE:
        above = text.rfind("\n", 0, top - 1) + 1
        if mark not in text[above : top - 1]:
            break
        top = above
        if (top, mark) in _tables.headers:
            break
        walked.append((top, mark))
    found = _tables.headers.get((top, mark))
    if found is None:
        stop = text.find("\n", top)
        first = text[top : len(text) if stop < 0 else stop]
        found = () if _LONG_NUMBER.search(first) else tuple(first.split(mark))
    for k in walked:
        _tables.headers[k] = found
    return found


def header_cells(text: str, start: int) -> tuple[str, ...]:
    """Every header cell of the table `start` stands in (empty outside a table)."""
    if not column_header(text, start) and not _tables.marked:
        return ()
    line = text.rfind("\n", max(0, start - _LONGEST_ROW), start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    row = text[line : len(text) if end < 0 else end]
    mark = next((m for m in CELL_MARKS if m in row), "")
    return _header_of(text, line, mark) if mark else ()


def in_a_header(text: str, start: int) -> bool:
    """`start` stands in a table's header row: its first line of cells, heading a row of the
    same cells below it (`Förråd<TAB>Hyresgäst<TAB>Pnr<TAB>Skuld`)."""
    line = text.rfind("\n", max(0, start - _LONGEST_ROW), start) + 1
    above = text[text.rfind("\n", max(0, line - 1 - _LONGEST_ROW), max(0, line - 1)) + 1 : max(
        0, line - 1)] if line else ""
    return in_a_row_of_words(text, start) and not any(m in above for m in CELL_MARKS)


def in_a_row_of_words(text: str, start: int) -> bool:
    """`start` stands in a table's row of words, no long number among them, above a row of
    as many cells: a header, or a list of things such as a header's words."""
    line = text.rfind("\n", max(0, start - _LONGEST_ROW), start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    if end < 0:
        return False  # the last line heads nothing
    row = text[line:end]
    mark = next((m for m in CELL_MARKS if m in row), "")
    below_end = text.find("\n", end + 1, end + 1 + _LONGEST_ROW)
    below = text[end + 1 : len(text) if below_end < 0 else below_end]
    return bool(mark) and mark in below and _LONG_NUMBER.search(row) is None and (
        row.count(mark) == below.count(mark))
