"""Dates of birth written with where they were read (`DOB on file:`, `enligt passet:`), written
out in brackets after a name, and under cues in German and typed in haste; beside a newborn's
time and dates of events that look the same."""

from __future__ import annotations

import pytest

from .kit import found

BIRTHS = [
    ("where the date was read, English", "DOB per the ward's wristband: 02/09/2011", "02/09/2011"),
    ("where the date was read, a profile", "Konto skapat, date of birth in profile 3.8.2002.",
     "3.8.2002"),
    ("where the date was read, Swedish", "Födelsedatum enligt LMA-kortet: 1996-01-01.",
     "1996-01-01"),
    ("a place before a year", "Mormor föddes på Öland 1941 och minns allt.", "1941"),
    ("a written-out date in brackets after a register name", "Funnen: Holm, Vera (9 May 1984).",
     "9 May 1984"),
    ("a dotted date in brackets after a given name", "Alvin (04.11.2005) har inte kommit hem.",
     "04.11.2005"),
    ("German, the form's word", "Geburtsdatum: 21.06.1979, wohnhaft in Flensburg", "21.06.1979"),
    ("a cue typed with a double d", "Pat. Sundin Ebba, fdd 1961-12-30", "1961-12-30"),
]


@pytest.mark.parametrize(("voice", "text", "birth"), BIRTHS)
def test_births_are_found(voice: str, text: str, birth: str) -> None:
    assert birth in found(text, "DATE_OF_BIRTH"), voice


EVENTS = [
    ("a newborn's hour", "Flickan föddes i natt 02.40 på Östra sjukhuset."),
    ("a meeting's date in brackets", "Styrelsemötet (4 maj 2026) flyttades till juni."),
    ("a lab's date in brackets after a word", "Provet (12.10.2026) var positivt för fentanyl."),
    ("a festival's date", "Festivalen hölls 12 augusti 2026 i Ystad."),
]


@pytest.mark.parametrize(("voice", "text"), EVENTS)
def test_event_dates_are_no_births(voice: str, text: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [], voice


@pytest.mark.parametrize(("text", "birth"), [
    ("Guest: Ion Rusu, D.O.B. 25-11-1987, room 12", "25-11-1987"),
    ("Sara Lind, 3-4-1999, har samtyckt.", "3-4-1999"),
    ("En 1987-född kund betalade kontant.", "1987"),
])
def test_day_month_year_with_dashes_and_a_born_year(text: str, birth: str) -> None:
    assert found(text, "DATE_OF_BIRTH") == [birth]


def test_a_dashed_meeting_date_is_no_birth() -> None:
    assert found("Mötet 12-11-2026 flyttades till Ystad.", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "birth"), [
    ("Rođen 14.02.1991 u Zenici, radi u Malmöu.", "14.02.1991"),
    ("Mehmet, 1993 doğumlu, çalışıyor.", "1993"),
    ("Data nașterii: 21.07.1988", "21.07.1988"),
    ("Gimimo data 1990-03-12, Kaunas", "1990-03-12"),
    ("sinh ngày 12/03/1990 tại Hà Nội", "12/03/1990"),
    ("Taariikhda dhalashada: 02/11/1996", "02/11/1996"),
    ("Geboortedatum 12-03-1990", "12-03-1990"),
    ("ÅÅMMDD: 850312", "850312"),
])
def test_births_in_the_languages_of_sweden(text: str, birth: str) -> None:
    assert birth in found(text, "DATE_OF_BIRTH")


def test_a_city_of_vietnam_is_no_person() -> None:
    assert found("Anh Tuấn sống ở Hà Nội với mẹ.", "PERSON") == ["Anh Tuấn"]


@pytest.mark.parametrize(("text", "birth"), [
    ("Barnet föddes 03:14 den 2 november, vikt 3 450 g.", "2 november"),
    ("Pojken är född i v. 36+4 den 2/11 2026 på Danderyd.", "2/11 2026"),
    ("Ålder 34 år, f.å. 1990 enligt pappret.", "1990"),
])
def test_a_newborns_hour_or_week_before_the_date(text: str, birth: str) -> None:
    assert any(birth in b for b in found(text, "DATE_OF_BIRTH"))


def test_a_newborns_hour_alone_is_no_date() -> None:
    assert found("Flickan föddes kl 04.12, 3 450 g.", "DATE_OF_BIRTH") == []
