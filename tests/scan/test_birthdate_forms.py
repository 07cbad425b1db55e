"""Dates of birth in the shorter and foreign forms that hurried and translated text uses,
beside the event dates and former titles (`f.d.`) that look like them."""

from __future__ import annotations

import pytest

from .kit import found

BIRTHS = [
    ("a nurse's shorthand", "Pt Lina Berg (fd 14/02/88) inkom 03.10.", "14/02/88"),
    ("a cue without its dot", "Vårdas: Nils Ek, f 010915, Sollefteå", "010915"),
    ("a cue without its dot, dashed year", "Ung man f 15/9 -01 hittad vid stationen", "15/9 -01"),
    ("`f.d.` before a whole date is a birth", "Sökande f.d. 19900704 enligt blanketten",
     "19900704"),
    ("English, the day as an ordinal", "She was born on the 4th of July 1990 in Luleå.",
     "4th of July 1990"),
    ("English abbreviation before a month", "Guest J. Okafor (b. 12 Jan 1979) checked out.",
     "12 Jan 1979"),
    ("a dotted ISO date", "Date of birth 1990.07.04, nationality unknown", "1990.07.04"),
    ("a two-digit year after a month", "DOB: 4 Jul 90, no fixed abode", "4 Jul 90"),
    ("German with `am`", "Der Fahrer, geboren am 15.09.2001 in Kiel, wurde gefunden.",
     "15.09.2001"),
    ("a date in apposition after a full name", "Sara Lind, 1994-03-17, har samtyckt.",
     "1994-03-17"),
    ("a short date in apposition", "Kvinnan Aino Kettunen, 12/1 1979, hittades medvetslös.",
     "12/1 1979"),
    ("a written month in apposition", "Min far Gösta Wikström, 9 oktober 1948, har lånat ut allt.",
     "9 oktober 1948"),
    ("an English month in apposition", "My aunt Maud Ellery, 17 March 1952, sent the money.",
     "17 March 1952"),
]


@pytest.mark.parametrize(("voice", "text", "date"), BIRTHS)
def test_births_in_short_and_foreign_forms(voice: str, text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date], voice


EVENTS = [
    ("a former title", "Han är f.d. polis och jobbar nu på Maria Ungdom."),
    ("a former title before a year", "Föreningen f.d. Ungdomsgården 2019 bytte namn."),
    ("a meeting's date after a name", "Möte med Sara Lind, 2026-03-17, om rutinerna."),
    ("a written meeting date after a name", "Samtal med Sara Lind, 17 mars 2025, om skulden."),
    ("a written date after a place", "Mötet i Lund, 3 mars 2001, handlade om spelskulder."),
    ("a report date after an organisation", "Rapport från Socialtjänsten, 1994-03-17, bifogas."),
    ("an ordinal date of an event", "The festival on the 4th of July 2025 was busy."),
    ("an English `b.` before a page", "See b. 12 in the appendix."),
]


@pytest.mark.parametrize(("voice", "text"), EVENTS)
def test_event_dates_and_former_titles_stay(voice: str, text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [], voice


MORE_BIRTHS = [
    ("a newborn on a ward", "Flickebarnet, fött 2026-11-02 kl 04.12, vårdas på neo.",
     "2026-11-02"),
    ("typed without å, ä, ö", "kille fodd 3/5 -99 hittad utanfor stationen", "3/5 -99"),
    ("typed without å, ä, ö, a form", "Fodelsedatum: 1999-05-03", "1999-05-03"),
    ("a form's starred field", "Födelsedatum*: 1985-03-12\nOrt*: Umeå", "1985-03-12"),
    ("a form's format note", "Födelsedatum (ÅÅÅÅMMDD): 19850312", "19850312"),
    ("an English form's format note", "Date of Birth (dd/mm/yyyy): 12/03/1985", "12/03/1985"),
    ("a passport's glued month", "PAX OKAFOR/JOY MS DOB 12MAR1985 SEAT 14C", "12MAR1985"),
    ("a Finnish register's `s.`", "Virtanen, Matti, s. 12.3.1985, Kemi", "12.3.1985"),
    ("Polish month names", "Pani Nowak, urodzona 12 marca 1985, mieszka w Malmö.", "12 marca 1985"),
    ("German month names", "Herr Krause, geboren am 3. März 1985 in Rostock.", "3. März 1985"),
    ("Russian", "Иванов Пётр, дата рождения 12.03.1985, задержан.", "12.03.1985"),
    ("Russian, the year before its mark", "Петров А. А., 1985 г.р., доставлен.", "1985"),
    ("Greek", "Ο ασθενής, ημερομηνία γέννησης 12/03/1985, νοσηλεύεται.", "12/03/1985"),
    ("Arabic", "المريض، تاريخ الميلاد 12/03/1985، في المستشفى", "12/03/1985"),
    ("Persian", "بیمار، تاریخ تولد 1985/03/12", "1985/03/12"),
    ("a dash after the cue", "Caller's son, DOB – 12/3/85, not breathing", "12/3/85"),
    ("an English year after `b.`", "Amir (b. 1985) stayed two nights.", "1985"),
    ("a spaced year-first date", "Född 1985 03 12 i Kabul", "1985 03 12"),
    ("a form's `Birth:` label", "Name: withheld\nBirth: 12.03.1985", "12.03.1985"),
    ("Spanish abbreviation", "Paciente X, F.nac.: 12/03/1985", "12/03/1985"),
    ("year of birth", "YOB: 1985, male, Gothenburg", "1985"),
]


@pytest.mark.parametrize(("voice", "text", "date"), MORE_BIRTHS)
def test_births_on_forms_wards_and_in_other_tongues(voice: str, text: str, date: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [date], voice


MORE_EVENTS = [
    ("a page in Finnish or Swedish", "Se s. 12 i rapporten från 2025."),
    ("a flight's date", "Flight SK 1415 on 12MAR2026, gate 14."),
    ("a Polish event", "Spotkanie odbędzie się 12 marca 2026 w Malmö."),
    ("a Russian event date", "Задержан 12.03.2026 в Мальмё."),
    ("a birth given in a maternity log", "She gave birth 2026-03-01 at 04.10."),
    ("a dash before an event's day", "Possible overdose - 12/3, Malmö"),
]


@pytest.mark.parametrize(("voice", "text"), MORE_EVENTS)
def test_more_event_dates_stay(voice: str, text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [], voice
