"""A full name right after a crew member's, a guide's or a host's role is someone's, even in
a line of Title Case or where the role reads as a thing's head; the same roles before a
book, a tool, a boat, a clinic or a place name no one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Fartygets sjuksköterska gav syrgas.\nPurser: Gunvor Täppling. Bordsbokning Buffé 19.30.",
     ["Gunvor Täppling"]),
    ("Boat M/S Solvik, Sat 11:00. Guide Faith Mwangi.", ["Faith Mwangi"]),
    ("Staff Grace Abiodun informed the on-call worker at 01:15.", ["Grace Abiodun"]),
    ("Russebussen kjører igjen. Sjåfør Ingrid Haugstad, 070-174 06 19.", ["Ingrid Haugstad"]),
    ("Kocken Frost Almgren hittade påsen i kylrummet.", ["Frost Almgren"]),
])
def test_a_name_after_a_role_is_masked(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Guide Michelin Norden 2027 listar två nya krogar i Umeå.",
    "Besättningen på trålaren Ellen Marie landade i Göteborg.",
    "Vakt Anna Lindhs minnesfond delar ut stipendiet i maj.",
    "Lifeguard Tower 3 stängt på grund av blåst.",
    "Hojar: Fat Boy, Road King, Electra Glide.",
])
def test_a_thing_after_a_role_stays(text: str) -> None:
    assert found(text, "PERSON") == []
