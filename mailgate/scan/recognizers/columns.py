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
# A CSV export's row cut by commas (`Förnamn,Efternamn,Telefon`): two commas or more, none
# followed by a blank as prose's are, and a letter somewhere (not `1,5,2`).
CSV_MARK: Final = ","
_CSV_ROW: Final = re.compile(r"[^,\n]*(?:,(?! )[^,\n]*){2,}")
_CSV_LINE: Final = re.compile(r"^[^,\n]*(?:,(?! )[^,\n]*){2,}$", re.MULTILINE)
_LETTER: Final = re.compile(r"[^\W\d_]")
_LONG_NUMBER: Final = re.compile(r"\d{6}")
_LONGEST_TABLE: Final = 5000  # lines walked up to a header
_LONGEST_ROW: Final = 2000  # characters


class _Tables(threading.local):
    """Per text, each line's header cells (by the line's start), found once: a CSV export
    of thousands of rows asks for every number in it."""

    def __init__(self) -> None:
        self.text = ""
        self.marked = False  # whether the text holds any cell mark
        self.csv: bool | None = None  # whether it holds a CSV row, once asked
        self.headers: dict[tuple[int, str], tuple[str, ...]] = {}


_tables = _Tables()


class _Row(NamedTuple):
    line: int  # where the row's line starts
    end: int  # where it ends (the text's end when no line end follows)
    cells: str  # the line's text
    mark: str  # the mark that cuts it into cells ("" for none)


def _row_at(text: str, start: int, csv: bool = False) -> _Row | None:
    """The line `start` stands in, or None when it is longer than a row: prose, not cells,
    and no quadratic walk in a dense text. `csv`: a CSV row's commas cut it too."""
    lo = max(0, start - _LONGEST_ROW)
    line = text.rfind("\n", lo, start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    if (line == 0 and lo > 0) or (end < 0 and start + _LONGEST_ROW < len(text)):
        return None
    end = len(text) if end < 0 else end
    cells = text[line:end]
    mark = next((m for m in CELL_MARKS if m in cells), "")
    return _Row(line, end, cells, mark or (CSV_MARK if csv and a_csv_row(cells) else ""))


def a_csv_row(cells: str) -> bool:
    """A line cut by commas as a CSV export's row is."""
    return _CSV_ROW.fullmatch(cells) is not None and _LETTER.search(cells) is not None


def _cut_alike(cells: str, mark: str) -> bool:
    """The line is a row of the same kind of table: cut by the mark (a CSV row's commas)."""
    return a_csv_row(cells) if mark == CSV_MARK else mark in cells


def _marked(text: str, csv: bool = False) -> bool:
    """Whether the text holds any cell mark (most do not), or with `csv` a CSV row,
    remembered with its headers."""
    if _tables.text is not text:
        _tables.text, _tables.headers = text, {}
        _tables.marked = any(m in text for m in CELL_MARKS)
        _tables.csv = None
    if _tables.marked or not csv:
        return _tables.marked
    if _tables.csv is None:
        _tables.csv = CSV_MARK in text and _CSV_LINE.search(text) is not None
    return _tables.csv


def column_header(text: str, start: int, csv: bool = False) -> str:
    """The case-folded header of the cell at `start`, or "" outside a table. `csv`: also in
    a CSV export's rows cut by commas (a number's column: `Förnamn,Efternamn,Telefon`); the
    name recognizers leave those alone, as a list's commas cut names as often."""
    row = _row_at(text, start, csv) if _marked(text, csv) else None
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
        if not _cut_alike(text[above : top - 1], mark):
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
