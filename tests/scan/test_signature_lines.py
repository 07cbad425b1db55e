"""A signature's name opening a Title Case line before its comma; titles after a closing and
headings stay no one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tack för i kväll!\nMelker Björklid, Restaurant Manager, Hotell Gustav Vasa",
         "Melker Björklid"),
        ("Best,\nIngrid Tollefsrud, Duty Manager, Harbour View Hostel", "Ingrid Tollefsrud"),
        # a label's value in a line of capitals: `Referent 1: Name, fd chef Firm & Firm`
        ("Referent 1: Gunvor Tessell, fd chef Lindbergs Plåt & Ventilation, 070-174 06 65",
         "Gunvor Tessell"),
    ],
)
def test_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Kind regards / Head of Safeguarding, Nordic Youth Trust",
        "Vänliga hälsningar\nSenior Account Manager, Harbour View Hostel",
        "Agenda\nStaff Meeting, Kitchen Review, Summer Plans And More",
        "Rubrik: Viking Grace, Fartyget Som Gick På Grund",
        "Produkt: Stilnoct Forte, Tabletter Som Säljs I Malmö",
    ],
)
def test_titles_and_headings_stay_unflagged(text: str) -> None:
    assert found(text, "PERSON") == []
