"""Numbers as pasted text leaves them (bench/pii/structured_pasted.py and a generator's
sweep): a personnummer with a blank anywhere in its date (a PDF's spacing), in a CSV cell
right after a name's comma, after a form's colon with four digits that read as a time, in four
groups whose check digit binds a birth, or with its date in pairs after a first pair no phone
opens with; and a landline after an organisation's name whose owner a bracket names. Each
beside look-alikes that stay as they were. Written for issue 12, not taken from any corpus.

Phones are from the fiction range (PTS 070-174 06 05..99, 08-465 004 xx); personnummer are
generated (kit.pnr).
"""

from __future__ import annotations

import pytest

from .kit import found, pnr

CLOCK_TAIL = pnr("770203", "195")  # its last four read 19:5x
HOURS_TAIL = pnr("960206", "202", century="19")  # 2029-like: 20:2x
BROKEN = pnr("750411", "184", century="19")
CELL = pnr("700302", "283")
UNDERSCORED = pnr("971126", "810", century="19", sep="_")
PAIRED = pnr("520206", "875", valid=False)


def _four_groups(number: str) -> str:
    return f"{number[:4]} {number[4:6]} {number[6:8]} {number[9:]}"


@pytest.mark.parametrize(("text", "number"), [
    (f"ID-kortet visade {CLOCK_TAIL.replace('-', ':')} och namnet.",
     CLOCK_TAIL.replace("-", ":")),
    (f"Sökande {_four_groups(HOURS_TAIL)} har inte svarat.", _four_groups(HOURS_TAIL)),
    (f"Personnummer {BROKEN[:6]} {BROKEN[6:]} Namn Josefin Åberg",
     f"{BROKEN[:6]} {BROKEN[6:]}"),
    (f"Personnummer {BROKEN[:3]} {BROKEN[3:]} (inskannat)", f"{BROKEN[:3]} {BROKEN[3:]}"),
    (f"2026-11-21,Mikael Jonsson,{CELL[:4]} {CELL[4:]},Super Mario Bros,350",
     f"{CELL[:4]} {CELL[4:]}"),
    (f"2026-11-21,Mikael Jonsson,{UNDERSCORED},Zelda (SNES),600", UNDERSCORED),
    (f"Patient: BERG, Anna {PAIRED[:2]} {PAIRED[2:4]} {PAIRED[4:]}",
     f"{PAIRED[:2]} {PAIRED[2:4]} {PAIRED[4:]}"),
])
def test_a_personnummer_as_pasted_text_leaves_it_is_found(text: str, number: str) -> None:
    assert number in found(text, "ID_NUMBER")


@pytest.mark.parametrize("text", [
    "Mötet 20261128:1430 i sal 3.",  # a date and a time
    "Öppet 2024 0830-1600 alla vardagar.",  # a year and a span of hours
    "Möte 2024.05.12 1430 i sal 3.",
    f"Summa 1,{CELL[:4]} {CELL[4:]} enligt fakturan.",  # a decimal's comma
    "Ring 070-174 06 55 efter sju.",
])
def test_dates_times_and_phones_stay_no_personnummer(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


@pytest.mark.parametrize(("text", "number"), [
    ("Telefon Röda Korset: 08-465 004 91 (Lina Berg)", "08-465 004 91"),
    ("Telefon kansliet: 08-465 004 40 (Per-Olof Lantto)", "08-465 004 40"),
    ("Rum 12 08-465 004 55", "08-465 004 55"),
])
def test_a_landline_before_its_owners_name_in_brackets_is_a_phone(text: str, number: str
                                                                   ) -> None:
    assert number in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "Växel 08-465 004 00 (Lina Berg)",  # a switchboard's round number
    "Tfn till kansliet 08-465 004 12",
    "Ring Röda Korset 08-465 004 91 (kansliet)",
])
def test_an_organisations_landline_without_an_owner_stays_unflagged(text: str) -> None:
    assert found(text, "PHONE") == []


def test_a_landline_under_a_signatures_given_name_alone_is_the_persons() -> None:
    text = "Leif\nkassör\nRöda Korset\n08-465 004 57"
    assert "08-465 004 57" in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "Hej!\nSocialtjänsten\n08-465 004 12",  # a greeting, no name
    "Mvh\nSocialtjänsten\n08-465 004 12",
])
def test_an_organisations_landline_under_no_name_stays_unflagged(text: str) -> None:
    assert found(text, "PHONE") == []
