"""Authors a report cites: `Ujváry I, Christie R, et al.`, `Castiglioni S m.fl.`,
`Krotulski AJ et al. (2021)`, `(Andersson & Berg, 2021)`. A cited author is a named person.

Vancouver style writes the surname and then the initials without dots; a list of two or
more, or one followed by `et al.`/`m.fl.`, is a citation. Harvard style writes surnames
before a year in brackets.
"""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan.names import is_listed_negative, is_negative
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.wordfacts import STOP_WORDS, an_institution
from mailgate.scan.venues import CLUB_ABBREVIATIONS

_SURNAME: Final = r"[A-ZÅÄÖÉ][a-zà-ÿåäöąćęłńśźżčšžđ'’-]+(?:[ -][A-ZÅÄÖ][a-zà-ÿåäö'’-]+)?"
_AUTHOR: Final = _SURNAME + r"\s[A-Z]{1,3}(?![\w])"
_ET_AL: Final = r",?\s(?:et\sal\.?|m\.fl\.?|med\sflera)"
# Both need a rare stretch (`Christie R, `, `, 2021)`): a text without it is skipped. Each
# stretch is looked for from its rarest character (a comma, a closing bracket), behind it.
VANCOUVER: Final = Gated(fast(re.compile(
    r"(?<![\w])(?P<authors>" + _AUTHOR + r"(?:,\s" + _AUTHOR + r")+)")), r",(?<=[A-Z],)\s")
# The `et al.` is part of the match (no capital can start a match inside it), so it can gate
# the pattern: tried at every capital, it is skipped in a text that cites no one so.
ONE_ET_AL: Final = Gated(fast(re.compile(r"(?<![\w])(?P<authors>" + _AUTHOR + r")" + _ET_AL)),
                         r"et\sal|m\.fl|med\sflera")
HARVARD: Final = Gated(fast(re.compile(
    r"(?<![\w])(?P<authors>" + _SURNAME + r"(?:\s(?:&|och|and)\s" + _SURNAME + r")?)"
    r"(?:" + _ET_AL + r")?(?:,\s|\s\()(?:19|20)\d\d[a-z]?\)"
)), r"\)(?:(?<=(?:,\s|\s\()(?:19|20)\d\d\))|(?<=(?:,\s|\s\()(?:19|20)\d\d[a-z]\)))")
# Harvard's authors inside the brackets, the year after a blank: one of several cited, or
# one with `et al.` (`(Tamm 2020; Lerche 2021)`, `(Lind et al. 2021)`); a lone word and a
# year there is as often an event's or a season's (`(Almedalen 2023)`). Searched only near
# such a year.
_YEAR_IN: Final = r"\s(?:19|20)\d\d[a-z]?"
# `_YEAR_IN[;)]` looked for from its closing `;` or `)`, behind it (`re` skips to those, not
# to each blank); it stands 80 characters from a match's start at most, its end 6 more.
_YEAR_NEEDLE: Final = r"[;)](?:(?<=\s(?:19|20)\d\d[;)])|(?<=\s(?:19|20)\d\d[a-z][;)]))"
_AUTHORS_IN: Final = _SURNAME + r"(?:\s(?:&|och|and)\s" + _SURNAME + r")?"
HARVARD_INSIDE: Final = Gated(re.compile(
    r"(?:(?<=\()(?=" + _AUTHORS_IN + r"(?:" + _ET_AL + _YEAR_IN + r"[;)]|" + _YEAR_IN
    + r";))|(?<=;\s))(?P<authors>" + _AUTHORS_IN + r")(?:" + _ET_AL + r")?" + _YEAR_IN
    + r"[;)]"), _YEAR_NEEDLE, reach=86)
_AUTHOR_SPLIT: Final = re.compile(_SURNAME + r"(?:\s[A-Z]{1,3}(?![\w]))?")
SCORE: Final = 0.7


class CitationRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (VANCOUVER, ONE_ET_AL, HARVARD, HARVARD_INSIDE)

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        return Hit(match.start("authors"), match.end("authors"), SCORE)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        """One finding per author, so that each is masked whole."""
        out: list[Hit] = []
        for hit in super().hits(text, nlp_artifacts):
            for m in _AUTHOR_SPLIT.finditer(text, hit.start, hit.end):
                start, words = m.start(), m.group().split()
                while words and _not_an_author(words[0], initials=len(words) > 1):
                    start += len(words[0]) + 1  # `Se Castiglioni S`: the author is Castiglioni
                    words = words[1:]
                if words and not words[0].isupper() and not _a_club(words) and (
                        words[-1] not in _NOT_INITIALS):
                    # not `Malmö (2024)`, `Enligt X (2023)`, `Storskogens JVK`
                    out.append(Hit(start, m.end(), SCORE))
        return out


def _a_club(words: list[str]) -> bool:
    """`Storskogens JVK`, `Ljusdals IF`: a club's place in the genitive and its letters."""
    return len(words) == 2 and words[0].endswith("s") and words[1].casefold() in (
        CLUB_ABBREVIATIONS)


def _not_an_author(word: str, initials: bool = False) -> bool:
    """`Region Skåne (2021)`, `Malmö (2024)`, `See (2021)`: places, agencies, words. Before
    initials a word is no genitive (`Karras N`, not Karra's)."""
    folded = word.casefold()
    listed = is_listed_negative(folded) if initials else is_negative(folded)
    return (folded in STOP_WORDS or folded in _REPORT_WORDS or listed
            or an_institution(folded))


_REPORT_WORDS: Final = frozenset({"rapport", "report", "se", "see", "enligt", "according",
                                  # journals cited by their name and year (`(Nature, 2020)`)
                                  "nature", "science", "lancet", "cell", "addiction", "bmj",
                                  "jama", "nejm", "läkartidningen", "pediatrics", "toxicology"})
# Capitals after a word that are no author's initials: a firm's form (Apoteket AB), a memo
# (Internt PM), a department or a medium.
_NOT_INITIALS: Final = frozenset({"AB", "HB", "KB", "PM", "VD", "IT", "HR", "TV", "EU", "UK", "US",
                                  "OK", "ID", "AI", "PR", "CV", "SMS", "LTD", "ASA", "AS", "OY"})
