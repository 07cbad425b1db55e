"""Staff initials opening a log's lines before a time are masked (`ON 07.00 nål i
spygatten`); codes, a week's days and a timetable's carriers opening such lines stay."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "initials"), [
    ("Däcksloggen\nON 07.00 nål i spygatten, borttagen\nSN 12.30 bilen kvar på däck 3", "ON"),
    ("Däcksloggen\nON 07.00 nål i spygatten, borttagen\nSN 12.30 bilen kvar på däck 3", "SN"),
    ("Städjouren\nGR 05:40 kanyl i trappan, lagd i burk\nIH 06:15 trappan spolad", "IH"),
    ("Reception log\nDW 22:05 guest asked for a taxi\nDW 23:40 front door locked", "DW"),
])
def test_initials_opening_a_logs_lines_are_masked(text: str, initials: str) -> None:
    assert initials in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Dagens schema\nKL 07.00 frukost\nCA 12.30 lunch i matsalen",
    "Veckan\nMÅ 08.00 simning\nTI 09.30 tandläkaren\nON 14.00 tvättstugan",
    "Lägret\nFM 09.00 samling vid flaggan\nEM 13.00 kanotpaddling",
    "Tåget i morse\nSJ 07.10 inställt till Gävle\nSL 07.25 ersättningsbuss",
    "Avgångar\nSK 07.10 Oslo\nDY 08.20 Bergen",
    "Bara en rad: AB 07.00 leverans av papper",
])
def test_codes_and_days_opening_lines_stay(text: str) -> None:
    assert found(text, "PERSON") == []
