"""PHONE's candidates: runs of digit groups, in a pattern led by the characters they start with.

Digit groups joined by a space, a line break, a dash, dot or slash, with an optional
+46 / 0046 / (0). A word, bracket or slash may touch the start (`Tel.070-…`, `Erik/070-…`,
`…45 67/073-…`), a number with a dot or dash may not (`1.0701…`, `2024-070…`).

As written (SOURCE) the pattern starts with its guards and an optional country code, so
`re` tried it at every character of a text. CANDIDATE is the same pattern led by the class
of the characters a match can start with (`(`, `+`, a digit), the guards behind it (as
leading.fast() moves them), then five branches asking which it was, in the order SOURCE
tries them: `re` skips to those characters. leading.REWRITTEN
holds the two, so tests/scan/test_leading.py compares them.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.digitlead import digits_and
from mailgate.scan.recognizers.leading import REWRITTEN

DASH: Final = "‐‑‒–—−-"  # "-" last: no range in [...]
_GUARDS: Final = r"(?<![\w+])(?<!\d[.," + DASH + r"])"
_GUARDS_BEHIND: Final = r"(?<![\w+](?s:.))(?<!\d[.," + DASH + r"](?s:.))"  # after one character
_COUNTRY: Final = r"\d{1,3}\)?[\s." + DASH + r"]?(?:\(0\)\s?)?"  # after `+` or `00`
# Groups joined by a space, a line break, a dash, dot or slash, or by nothing after an area
# code's closing bracket: (070)174 06 05, (202)555-0143.
_SEPARATED: Final = (r"(?:(?:[ \t]{0,2}[./" + DASH + r"]\s{0,2}|\s|(?<=\)))\(?\d{1,10}\)?)"
                     r"{0,6}")
_MORE_GROUPS: Final = _SEPARATED + r"(?![\w])"
_GROUPS: Final = r"\d{1,12}\)?" + _MORE_GROUPS  # after the first group's `(`, if any
# A blank may follow the plus (`+ 46 70 …`), not after a sum's digit (`5 + 46`).
_PLUS_BLANK: Final = r"(?:(?<!\d[ \t]\+) )?"
BODY: Final = r"(?:\(?(?:\+" + _PLUS_BLANK + r"|00)" + _COUNTRY + r")?\(?" + _GROUPS
SOURCE: Final = _GUARDS + BODY
# Led by one class of the five branches' first characters, so `re` skips to them (a branch
# of literals and a class gives it none: it tried every position); each branch then asks the
# character taken with a lookbehind, in SOURCE's order, the guards shared before them. The
# class is read from a table (digitlead.py): every branch's lookbehind refuses the rest.
CANDIDATE: Final = re.compile(digits_and("(+") + _GUARDS_BEHIND + "(?:" + "|".join((
    r"(?<=\()(?:\+" + _PLUS_BLANK + r"|00)" + _COUNTRY + r"\(?" + _GROUPS,
    r"(?<=\+)" + _PLUS_BLANK + _COUNTRY + r"\(?" + _GROUPS,  # +46 …, + 46 …
    r"(?<=0)0" + _COUNTRY + r"\(?" + _GROUPS,  # 0046 …
    r"(?<=\()" + _GROUPS,  # (070) …
    r"(?<=\d)\d{0,11}\)?" + _MORE_GROUPS,  # 070 …
)) + ")")
REWRITTEN.append((SOURCE, 0, CANDIDATE))
# The same groups where a letter may touch either end (gluedphone.py decides when that is a
# number typed onto a word: `Tel070-…`, `…06 12Ida`); matched at a start found already.
TOUCHING: Final = re.compile(r"(?:\(?(?:\+|00)" + _COUNTRY + r")?\(?\d{1,12}\)?" + _SEPARATED
                             + r"(?!\d)")
# A mobile number in the grouping Swedes write it: 070-174 06 06, 070 174 06 06, 070-1740606.
GROUPED_MOBILE: Final = re.compile(r"07\d(?:-\d{3} \d\d \d\d| \d{3} \d\d \d\d|-\d{7})")
# Shapes that are dates, times or personnummer, never telephone numbers; also a row of
# times (`Öppet 08.00 12.00`, `07.30 12.00 – 16.30`), which no one writes a number as.
NOT_PHONE: Final = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./]\d{2}[./]\d{2}"
    r"|(?:19|20)?\d{6}[-+]\d{4}|\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?"
    r"|\d{1,2}[.:][0-5]\d(?:\s{1,2}(?:[-–]\s?)?\d{1,2}[.:][0-5]\d)+)$"
)
SPACES: Final = re.compile(r"\s+")
DASHES: Final = re.compile("[" + DASH + "]")
