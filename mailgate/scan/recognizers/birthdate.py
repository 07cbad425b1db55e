"""Dates of birth: a date after `född`, `f.`, `född den`, `DOB` and their kin abroad (`født`,
`urodzony`, `ur.`, `geb.`, `née le`, `nacido el`, `дата рождения`, `تاريخ الميلاد`), typed in
haste (`fodd`, `fd 14/02/88`) or on a form (`Födelsedatum* (ÅÅMMDD):`), glued before `-född`
(`1997-05-28-födde`), in brackets or commas after a name, or in a table's birth column.
Plain event dates are not."""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan import names
from mailgate.scan.clock import today
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.columns import CELL_MARKS, column_header
from mailgate.scan.recognizers.lifespan import life_dates
from mailgate.scan.recognizers.months import MONTHS, STOP_WORDS
from mailgate.scan.recognizers.prefilter import prefiltered

_DATE: Final = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"  # 1998-03-12
    r"|\d{4}[./]\d{1,2}[./]\d{1,2}(?!\d)"  # 1998.03.12, 1364/12/21 (a Persian form)
    r"|(?:19|20)\d{2}\s\d{2}\s\d{2}(?!\d)"  # 1998 03 12
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?!\d)"  # 25-11-1987
    r"|\d{2}-\d{2}-\d{2}(?!\d)"  # 98-03-12
    r"|\d{1,2}[./]\d{1,2}[./\s-](?:\d{4}|-?\d{2})"  # 12/3 1998, 12.03.98, 12/3-98
    r"|\d{1,2}\s[./]\s\d{1,2}\s[./]\s(?:\d{4}|\d{2})"  # 07 / 09 / 1982 (a fax's spacing)
    r"|\d{1,2}[./]\d{1,2}"  # 12/3
    # 12 mars 1998
    rf"|\d{{1,2}}(?::e|:a|st|nd|rd|th|\.)?\s{MONTHS}(?:,?\s(?:\d{{4}}|-\d{{2}}|'\d{{2}}|\d{{2}}(?![\d:.])))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\sof\s{MONTHS},?\s\d{{4}}"  # 4th of July 1990
    rf"|\d{{1,2}}-?{MONTHS}-?(?:\d{{4}}|\d{{2}})(?!\d)"  # 12MAR1985, 12-Mar-85 (passports)
    rf"|{MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"  # March 12, 1998
    rf"|(?:i\s)?{MONTHS}\s(?:\d{{4}}|-\d{{2}})"  # (i) mars 1998
    r"|(?:19|20)\d{6}(?!\d|\s?[-+]\d{4})"  # 19980312 (not a personnummer)
    r"|\d{6}(?!\d|\s?[-+]\d{4})"  # 980312
    r"|(?:19|20)\d{2}(?!\d)"  # 1998
    r"|[-–']\d{2}(?!\d)"  # -98, '98
    r"|\d{2}(?![\d\w]|[:.]\d|\s?(?:år|kg|cm|mg|g|st|%)))"  # 98 (after the cue only; not 03:14)
)
# A whole date, which the cues that are also other words need after them (`f.d.` before a
# date is a birth, before a noun "former"; `b.` in English also abbreviates other words).
_WHOLE: Final = (
    r"(?:(?:19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[./-]\d{1,2}[./\s-](?:\d{4}|-?\d{2})(?!\d)"
    rf"|\d{{6}}(?!\d)|(?:19|20)\d{{6}}(?!\d)|\d{{1,2}}\s{MONTHS}\s(?:\d{{4}}|\d{{2}})(?!\d))"
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
    rf"|birth\s?date|b\.(?=\s?{_WHOLE})"  # birthdate 1990-03-12, (b. 1990-03-12)
    rf"|f\s(?=[-–']\d{{2}}|{_WHOLE})|f\.d\.(?=\s?{_WHOLE})|fd(?=\s{_WHOLE})"
    rf"|s\.(?=\s?{_WHOLE})"  # Finnish registers: Virtanen, Matti, s. 12.3.1985
    # typed without å, ä, ö; and a newborn's `fött`
    r"|fodd|fodda|foddes|fött|fott|fodelsedatum|fodelsedag|fodelsear"
    r"|дата\sрождения|родил(?:ся|ась)|ημερομηνία\sγέννησης|γεννήθηκε|γεννηθείς"
    r"|تاريخ\sالميلاد|تاريخ\sالولادة|مواليد|تاریخ\sتولد|متولد"
    r"|nacimiento|f\.\s?nac\.|fecha\sde\snac\.|birth(?=\s?:)|yob|year\sof\sbirth"
    # Bosnian, Croatian and Serbian; Albanian; Romanian; Lithuanian; Latvian; Estonian;
    # Hungarian; Czech and Slovak; Dutch; Icelandic; Somali; Vietnamese; Ukrainian
    r"|rođen[ao]?|rodjen[ao]?|datum\sro(?:đ|dj)enja|lindur|datëlindj[ae]|datelindj[ae]"
    r"|născut[ăa]?|nascut[ăa]?|data\sna(?:ș|ş|s)terii|gimęs|gimusi|gimimo\sdata|dzimis|dzimusi"
    r"|dzimšanas\sdatums|sündinud|sünniaeg|született|szül\.|narozen[aá]?|narodený|narodená"
    r"|datum\snarození|nar\.(?=\s?" + _WHOLE + r")|geboortedatum|fæddur|fædd|fæðingardagur"
    r"|taariikhda\sdhalashada|dhashay|sinh\sngày|ngày\ssinh|дата\sнародження|народи(?:вся|лася)"
    r"|åååå-?mm-?dd|åå-?mm-?dd"  # a form's label: ÅÅMMDD: 850312"
    r"|b\.(?=\s?(?:19|20)\d{2}(?!\d))"  # (b. 1985)
    r"|föd\.|fdat|f-dat|fd\.|fdd|f\.å\.|born|dob\.?|d\.o\.b\.?|date\sof\sbirth|birthday"
    r"|geburtsdatum|geburtstag|geboren\sam)"
    r"\*?(?:\s?\([^()\n]{1,24}\))?"  # a form's starred field and format: Född* (ÅÅMMDD)
    # where the date was read: `DOB on file:`, `enligt passet:`, `in profile`
    # (before a whole date, so `föddes i natt 03.15` keeps its time)
    r"(?:\s(?:enligt|enl\.|per|from|in|on|i|på)(?:\s[^\W\d_][^\W\d]*(?:['’-][^\W\d_]+)?){1,3}"
    rf"(?=:|\s{_WHOLE}))?"
    r"(?:\s(?:i|in|på)\s(?-i:[A-ZÅÄÖ])[\w-]+,?)?"  # född i Irak 1990 (a capital: not "i mars")
    # `DOB as 14/03/1991`, `född är 1990`: a verb or `as` may stand between cue and date; an
    # export's cell mark may part them (`Födelsedatum;1994-03-17`)
    rf"(?::|;|\|(?=\S)|\s?[–—-](?=\s))?\s{{0,3}}(?:(?:as|is|är|=)\s?)?"
    # a newborn's hour or week first: `föddes 03:14 den 2 november`, `född i v. 36+4 den 2/11`
    r"(?:(?:kl\.?\s?)?\d{1,2}[:.]\d{2},?\s|i\s?v(?:ecka)?\.?\s?\d{2}(?:\+\d)?,?\s)?"
    rf"(?:den\s|år\s|i\s|on\sthe\s|on\s|in\s|am\s|:\s?)?"
    rf"(?P<date>{_DATE})"
    # A second birth after "och", "resp.", ",": födda -88 och -91.
    rf"(?:\s?(?:,|och|resp\.?|respektive|and|&)\s?(?P<second>{_DATE}))?",
    re.IGNORECASE,
)


# A date or a year glued before `-född`, as a compound: `Den 1997-05-28-födde säljaren`,
# `en 1987-född kund`.
# Led by its digits, not a look-behind, so `re` skips to them (five times faster); hits()
# checks what stands before.
BORN_COMPOUND: Final = re.compile(
    r"(?P<date>(?:19|20)\d{2}(?:-\d{2}-\d{2})?)-(?i:född)[ae]?(?![\w])")

# Russian registers write the year before its mark: `Петров А. А., 1985 г.р.` (год рождения).
# Turkish writes it after the year too: `1990 doğumlu`.
YEAR_OF_BIRTH: Final = re.compile(
    r"(?<!\d)(?P<date>(?:19|20)\d{2})(?:\s?г\.\s?р\.|'?\s?(?i:doğumlu|dogumlu))")


# A table's column of births, by its header (`Namn;Födelsedatum;Avdelning`), and a cell's
# whole date under it: `Ström, Lennart;1961-02-14;Avd 3`.
_BIRTH_HEADER: Final = re.compile(
    r"(?<![\w])(?:född|födelsedatum|födelsedag|födelseår|födelse|f\.?\s?dat(?:um)?|fdat|dob"
    r"|d\.o\.b\.?|date\sof\sbirth|birth\s?date|born|fødselsdato|syntymäaika)(?![\w])",
    re.IGNORECASE)
# Whether a text has a birth header at all: asked at the words the list may begin.
_ANY_BIRTH_HEADER: Final = prefiltered(_BIRTH_HEADER)
_CELL_DATE: Final = re.compile(r"(?<=[\t;|])[ \t]*(?P<date>" + _DATE + r")[ \t]*(?=[\t;|\r\n]|$)")


# A full date in brackets right after a name, as registers write a birth date:
# DEMIR, Mehmet Ali (1990-06-03), Anna Berg (19900603).
# Also as a date is written out: Lund, Petra (3 March 1981), Sara (01-03-2003).
BRACKETED: Final = re.compile(
    r"\((?P<date>(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}"
    rf"|\d{{1,2}}\.?\s(?i:{MONTHS})\s(?:19|20)\d{{2}})\)")
# The same date set off by commas, as an apposition: `Sara Lind, 1994-03-17, har samtyckt`;
# there the year must be written whole, so `Lind, 12/1 -79` stays an event's day.
# Led by its comma (a look-behind first made `re` try every character); hits() checks that
# a word's letter stands before it.
APPOSED: Final = re.compile(
    r", (?P<date>(?:19|20)\d{2}-\d{2}-\d{2}|(?:19|20)\d{6}"
    r"|\d{1,2}[./]\d{1,2}[./\s-](?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2}"
    rf"|\d{{1,2}}\.?\s(?i:{MONTHS})\s(?:19|20)\d{{2}})"  # `Ove Lind, 3 mars 1951,`
    r"(?=\s?[,;)]|[ \t]*$)", re.MULTILINE)
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
        found += [Hit(m.start("date"), m.end("date"), 0.85) for m in BORN_COMPOUND.finditer(text)
                  if not _glued(text, m.start())]
        if "г." in text or "umlu" in text:
            found += [Hit(m.start("date"), m.end("date"), 0.85)
                      for m in YEAR_OF_BIRTH.finditer(text)]
        found += _births_in_a_column(text)
        found += life_dates(text)
        for pattern in (BRACKETED, APPOSED):
            for match in pattern.finditer(text):
                end = match.start()  # the date's opening `(` or `, `
                if pattern is APPOSED and not (end > 0 and text[end - 1].isalpha()):
                    continue  # `Sara Lind, 1994-03-17,`: a word right before the comma
                words = WORDS_BEFORE.search(text, max(0, end - 60), end)
                if words is not None and _after_a_name(words, match.group("date")):
                    found.append(Hit(match.start("date"), match.end("date"), 0.8))
        return found


def _glued(text: str, start: int) -> bool:
    """A word's or a longer number's character right before: no date of its own."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")


def _after_a_name(match: re.Match[str], date: str) -> bool:
    # The year leads a register's date (1990-06-03, 19900603) and ends a written one (12/1 1979).
    word, year = match.group("name"), int(date[:4] if date[:4].isdigit() else date[-4:])
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
    if not any(m in text for m in CELL_MARKS) or next(
            _ANY_BIRTH_HEADER.finditer(text), None) is None:
        return []
    return [Hit(m.start("date"), m.end("date"), 0.85) for m in _CELL_DATE.finditer(text)
            if _BIRTH_HEADER.fullmatch(column_header(text, m.start("date")))]

