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
from typing import Final, NamedTuple

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


class _Row(NamedTuple):
    line: int  # where the row's line starts
    end: int  # where it ends (the text's end when no line end follows)
    cells: str  # the line's text
    mark: str  # the mark that cuts it into cells ("" for none)


def _row_at(text: str, start: int) -> _Row | None:
    """The line `start` stands in, or None when it is longer than a row: prose, not cells,
    and no quadratic walk in a dense text."""
    lo = max(0, start - _LONGEST_ROW)
    line = text.rfind("\n", lo, start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    if (line == 0 and lo > 0) or (end < 0 and start + _LONGEST_ROW < len(text)):
        return None
    end = len(text) if end < 0 else end
    cells = text[line:end]
    return _Row(line, end, cells, next((m for m in CELL_MARKS if m in cells), ""))


def _marked(text: str) -> bool:
    """Whether the text holds any cell mark (most do not), remembered with its headers."""
    if _tables.text is not text:
        _tables.text, _tables.headers = text, {}
        _tables.marked = any(m in text for m in CELL_MARKS)
    return _tables.marked


def column_header(text: str, start: int) -> str:
    """The case-folded header of the cell at `start`, or "" outside a table."""
    row = _row_at(text, start) if _marked(text) else None
    if row is None or not row.mark:
        return ""
    headers = _header_of(text, row.line, row.mark)
    column = row.cells.count(row.mark, 0, start - row.line)
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
    row = _row_at(text, start) if _marked(text) else None
    return _header_of(text, row.line, row.mark) if row is not None and row.mark else ()


def in_a_header(text: str, start: int) -> bool:
    """`start` stands in a table's header row: its first line of cells, heading a row of the
    same cells below it (`Förråd<TAB>Hyresgäst<TAB>Pnr<TAB>Skuld`)."""
    row = _row_at(text, start) if _marked(text) else None
    if row is None or not in_a_row_of_words(text, start):
        return False
    above = _row_at(text, row.line - 1) if row.line else None
    return above is None or not above.mark


def in_a_row_of_words(text: str, start: int) -> bool:
    """`start` stands in a table's row of words, no long number among them, above a row of
    as many cells: a header, or a list of things such as a header's words."""
    row = _row_at(text, start) if _marked(text) else None
    if row is None or not row.mark or row.end >= len(text):
        return False  # the last line heads nothing
    below = _row_at(text, row.end + 1)
    return below is not None and row.mark in below.cells and (
        _LONG_NUMBER.search(row.cells) is None
        and row.cells.count(row.mark) == below.cells.count(row.mark))
