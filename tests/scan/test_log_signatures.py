"""Initials closing a log's entries after a dash sign them; answers, units and a text that is
no log stay readable."""

from __future__ import annotations

from mailgate.scan import scan


def _persons(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.type == "PERSON"]


def test_initials_closing_log_lines_are_masked_there_and_further_on() -> None:
    text = ("03.45 cell 8 – snarkar, rörlig – EH\n"
            "04.00 cell 8 – vaknar, ber om vatten – EH\n"
            "04.15 cell 6 – svettas, orolig – TW.\n"
            "Överlämnat till dagpasset; EH ringer jouren.")
    assert _persons(text).count("EH") == 3
    assert "TW" in _persons(text)


def test_answers_and_units_closing_log_lines_stay() -> None:
    text = ("08.10 Rond B-huset, inget att notera – OK\n"
            "08.40 Larm port 3, kontrollerat – OK\n"
            "09.15 Samtal med avdelningen – HR\n")
    assert _persons(text) == []


def test_a_measures_letters_sign_where_they_close_a_line() -> None:
    text = ("03.45 cell 6 – svettas, orolig – ML\n"
            "04.15 cell 6 – läkare kontaktad – MS\n")
    assert [p for p in _persons(text) if p.isupper()] == ["ML", "MS"]


def test_a_dash_and_capitals_outside_a_log_stay() -> None:
    assert _persons("Vi ses kl 10 på torsdag – EH") == []


def test_years_opening_lines_make_no_log() -> None:
    text = ("2019 Flyttade till Malmö – EH\n"
            "2020 Började på lagret – EH\n")
    assert _persons(text) == []
