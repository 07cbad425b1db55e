"""A CSV export's row of words above a row of as many cells: its header
(`Förnamn,Efternamn,Telefon⏎Ola,Sten,0701740605`), whose words are no one's name though one
follows a name's label (`Telefon` after `Efternamn`). columns.py reads tables cut by tabs,
`;` or `|`; a CSV row is cut by commas with no blank after them (columns.a_csv_row).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.columns import CSV_MARK, a_csv_row

_LONG_NUMBER: Final = re.compile(r"\d{6}")
_LONGEST_ROW: Final = 2000  # characters: a longer line is prose


def in_a_csv_header(text: str, start: int) -> bool:
    """`start` stands in a CSV block's first row, of words with no long number among them,
    above a CSV row of as many cells."""
    if CSV_MARK not in text:
        return False
    # each search bounded by a row's length: a long line is prose, and no walk is quadratic
    lo = max(0, start - _LONGEST_ROW)
    line = text.rfind("\n", lo, start) + 1
    end = text.find("\n", start, start + _LONGEST_ROW)
    if end < 0 or (line == 0 and lo > 0):
        return False  # the last line heads nothing; a longer line is prose
    row = text[line:end]
    if not a_csv_row(row) or _LONG_NUMBER.search(row):
        return False
    cells = row.count(CSV_MARK)
    stop = text.find("\n", end + 1, end + 1 + _LONGEST_ROW)
    below = text[end + 1 : len(text) if stop < 0 else stop]
    if not (a_csv_row(below) and below.count(CSV_MARK) == cells):
        return False
    # the block's first row: a row of words under another is a row of data (`Ola,Sten,vakt`)
    above = text[text.rfind("\n", max(0, line - 1 - _LONGEST_ROW), max(0, line - 1)) + 1 :
                 max(0, line - 1)]
    return line == 0 or not (a_csv_row(above) and above.count(CSV_MARK) == cells)
