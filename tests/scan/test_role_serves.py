"""A role before `för`, `hos` or `for` names what it serves, not a person; a definite noun in
-eln is a noun after a cue. A guardian's `för`, kin and a role's own name stay persons."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Hon är ombud för Kvarnbutiken sedan i våras.",
    "Handledaren hos Snickarlaget skrev intyget.",
    "Volunteer for Solhjelp covered the night.",
    "Samordnaren för Dagrummet har semester.",
    "Jag driver Lanthandeln i byn sedan 2019.",
    "Hon pratade med Budcykeln om leveransen.",
])
def test_what_a_role_serves_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("God man för Oktawian har ansökt om bostad.", ["Oktawian"]),
    ("Handläggaren Tayebeh ringer efter lunch.", ["Tayebeh"]),
    ("Pratade med Zoraida om hyran, hon betalar på fredag.", ["Zoraida"]),
    ("Hans kompis Brynjolf kom och hämtade honom.", ["Brynjolf"]),
    ("Ombud för Anna Lindqvist är advokat Berg.", ["Anna Lindqvist"]),
])
def test_persons_beside_a_role_are_found(text: str, names: list[str]) -> None:
    assert [n for n in found(text, "PERSON") if n in names] == names
