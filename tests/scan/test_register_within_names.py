"""A comma between two longer capitalised names parts items of a list (`Hot Stone, Aurora
Facial`, `Salong Lasse Åberg, Nils Ferlins väg`): no register's `Surname, Given`. A register
line, its label, particle or line start before the surname, stays one finding."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

ITEMS = [
    ("spa treatments", "Kvällens behandlingar: Hot Stone, Aurora Facial och Nordic Ritual.",
     "Aurora"),
    ("a price list", "Menyn: Hot Stone, Aurora Facial, Lavendelbad.", "Stone"),
    ("a salon and its street", "Salong Lasse Åberg, Nils Ferlins väg 22, har stängt.",
     "Nils Ferlins väg"),
]


@pytest.mark.parametrize(("what", "text", "word"), ITEMS)
def test_a_comma_between_longer_names_parts_no_register_name(what: str, text: str,
                                                              word: str) -> None:
    assert word in mask(text, scan(text)), what


PEOPLE = [
    ("a labelled register line", "Pat: Berg, Anna fick två tabletter.", "Berg, Anna"),
    ("capitals after a label", "Misstänkt: STJERNA, Mikael", "STJERNA, Mikael"),
    ("two given names", "Lindqvist, Maja Elin, avd 4", "Lindqvist, Maja Elin"),
    ("the person before a shop", "Kontakt: Ylva Sandberg, Sámi Duodji-butiken.",
     "Ylva Sandberg"),
    ("a list of full names", "Deltagare: Anna Berg, Lisa Holm och Karin Ek.", "Lisa Holm"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_register_names_and_people_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
