"""Dates of birth: a date after `född`, `f.`, `född den`, `DOB` and their kin abroad (`født`,
`urodzony`, `ur.`, `geb.`, `née le`, `nacido el`), glued before `-född` (`1997-05-28-födde`),
in brackets after a name, or in a table's birth column. Plain event dates are not."""

from __future__ import annotations

import re
from typing import Any, Final

from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP

from mailgate.scan import names
from mailgate.scan.clock import today
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.columns import CELL_MARKS, column_header

STOP_WORDS: Final = frozenset(SV_STOP)

_MONTH_NAMES: Final = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december", "january", "february", "march", "may", "june", "july",
    "august", "october", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
    "nov", "dec",
)
# Longest first, so "June" is not cut to "Jun".
MONTHS: Final = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_DATE: Final = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"  # 1998-03-12
    r"|\d{2}-\d{2}-\d{2}(?!\d)"  # 98-03-12
    r"|\d{1,2}[./]\d{1,2}[./\s-](?:\d{4}|-?\d{2})"  # 12/3 1998, 12.03.98, 12/3-98
    r"|\d{1,2}\s[./]\s\d{1,2}\s[./]\s(?:\d{4}|\d{2})"  # 07 / 09 / 1982 (a fax's spacing)
    r"|\d{1,2}[./]\d{1,2}"  # 12/3
    # 12 mars 1998
    rf"|\d{{1,2}}(?::e|:a|st|nd|rd|th)?\s{MONTHS}(?:,?\s(?:\d{{4}}|-\d{{2}}|'\d{{2}}))?"
    rf"|{MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"  # March 12, 1998
    rf"|(?:i\s)?{MONTHS}\s(?:\d{{4}}|-\d{{2}})"  # (i) mars 1998
    r"|(?:19|20)\d{6}(?!\d|\s?[-+]\d{4})"  # 19980312 (not a personnummer)
    r"|\d{6}(?!\d|\s?[-+]\d{4})"  # 980312
    r"|(?:19|20)\d{2}(?!\d)"  # 1998
    r"|[-–']\d{2}(?!\d)"  # -98, '98
    r"|\d{2}(?![\d\w]|\s?(?:år|kg|cm|mg|g|st|%)))"  # 98 (after the cue only)
)
# The cue and the date; `f.d.` (före detta) and `f. Kr.` are not births.
BIRTH: Final = re.compile(
    r"(?<![\w])(?:född|födda|föddes|född\sden|födelsedatum|födelsedag|födelseår|f\.(?!\s?d\.|\s?kr)"
    # Norwegian, Danish, Finnish, Polish, German: født, fødselsdato, syntynyt, urodzony, geb.
    r"|født|fødd|fødselsdato|fødselsdag|syntynyt|syntymäaika|urodzony|urodzona|data\surodzenia"
    r"|geboren|geb\.|ur\.(?=\s?\d{1,2}\.\d{1,2}\.\d{4})"
    # French, Italian, Spanish, Portuguese, Turkish: née le, nato il, nacida el, doğum tarihi
    r"|née?(?:\sle)?|nat[oa](?:\sil)?|nacid[oa](?:\sel)?|nascid[oa](?:\sem)?"
    r"|date\sde\snaissance|data\sdi\snascita|fecha\sde\snacimiento|data\sde\snascimento"
    r"|doğum\starihi"
    r"|birth\s?date|b\.(?=\s?\d{4}-\d\d-\d\d)"  # birthdate 1990-03-12, (b. 1990-03-12)
    r"|f\s(?=[-–']\d{2})|föd\.|fdat|f-dat|fd\.|born|dob|d\.o\.b\.?|date\sof\sbirth|birthday)"
    r"(?:\s(?:i|in)\s(?-i:[A-ZÅÄÖ])[\w-]+,?)?"  # född i Irak 1990 (a capital: not "i mars")
    # `DOB as 14/03/1991`, `född är 1990`: a verb or `as` may stand between cue and date
    rf":?\s{{0,3}}(?:(?:as|is|är|=)\s?)?(?:den\s|år\s|i\s|on\s|in\s|:\s?)?"
    rf"(?P<date>{_DATE})"
    # A second birth after "och", "resp.", ",": födda -88 och -91.
    rf"(?:\s?(?:,|och|resp\.?|respektive|and|&)\s?(?P<second>{_DATE}))?",
    re.IGNORECASE,
)


# A date glued before `-född`, as a compound: `Den 1997-05-28-födde säljaren`.
BORN_COMPOUND: Final = re.compile(
    r"(?<![\w-])(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})-född[ae]?(?![\w])", re.IGNORECASE)


# A table's column of births, by its header (`Namn;Födelsedatum;Avdelning`), and a cell's
# whole date under it: `Ström, Lennart;1961-02-14;Avd 3`.
_BIRTH_HEADER: Final = re.compile(
    r"(?<![\w])(?:född|födelsedatum|födelsedag|födelseår|födelse|f\.?\s?dat(?:um)?|fdat|dob"
    r"|d\.o\.b\.?|date\sof\sbirth|birth\s?date|born|fødselsdato|syntymäaika)(?![\w])",
    re.IGNORECASE)
_CELL_DATE: Final = re.compile(r"(?<=[\t;|])[ \t]*(?P<date>" + _DATE + r")[ \t]*(?=[\t;|\r\n]|$)")


# A full date in brackets right after a name, as registers write a birth date:
# DEMIR, Mehmet Ali (1990-06-03), Anna Berg (19900603).
BRACKETED: Final = re.compile(r"\((?P<date>(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6})\)")
# The one or two words right before the bracket: "Mehmet Ali ", "Anna Berg ".
WORDS_BEFORE: Final = re.compile(r"(?:(?P<prev>[^\W\d_][\w'-]+),?\s)?(?P<name>[^\W\d_][\w'-]+)\s?$")
MIN_AGE: Final = 10  # a bracketed date this recent is an event's, not a birth


class BirthDateRecognizer(RegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = (BIRTH,)  # matched in hits(): one match may name two births

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found: list[Hit] = []
        for match in self.PATTERNS[0].finditer(text):  # BIRTH, through its prefilter
            found += [Hit(match.start(g), match.end(g), 0.85)
                      for g in ("date", "second") if match.group(g)]
        found += [Hit(m.start("date"), m.end("date"), 0.85) for m in BORN_COMPOUND.finditer(text)]
        found += _births_in_a_column(text)
        for match in BRACKETED.finditer(text):
            words = WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if words is not None and _after_a_name(words, match.group("date")):
                found.append(Hit(match.start("date"), match.end("date"), 0.8))
        return found


def _after_a_name(match: re.Match[str], date: str) -> bool:
    word, year = match.group("name"), int(date[:4])
    if year > today().year - MIN_AGE or not word[0].isupper():
        return False
    info = names.lookup(word, STOP_WORDS)
    if not info.name:
        return False
    # Berg, a surname and a place, counts after a first name (Anna Berg), Stockholm alone not.
    prev = match.group("prev")
    return not info.negative or (prev is not None and names.lookup(prev, STOP_WORDS).first)


def _births_in_a_column(text: str) -> list[Hit]:
    """Dates in a table's cells under a birth header; a text with no cell mark or no such
    header (nearly all) is not read again."""
    if not any(m in text for m in CELL_MARKS) or _BIRTH_HEADER.search(text) is None:
        return []
    return [Hit(m.start("date"), m.end("date"), 0.85) for m in _CELL_DATE.finditer(text)
            if _BIRTH_HEADER.fullmatch(column_header(text, m.start("date")))]

