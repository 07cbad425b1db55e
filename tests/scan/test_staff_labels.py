"""Staff labels (`Kassapersonal:`, `Vårdpersonalen:`) before a name: the name is masked
whole, as after any role's label."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("a staff label", "Vårdpersonal: Lisa Berg", "Lisa Berg"),
    ("a staff label, unlisted words", "Kökspersonalen: Tarvo Kuusk", "Tarvo Kuusk"),
    ("a staff label in a list", "Kassapersonal: Dag Berg och Omar Hassan", "Dag Berg"),
]


@pytest.mark.parametrize(("voice", "text", "name"), PEOPLE)
def test_a_name_after_a_staff_label_is_found(voice: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), voice


def test_a_staff_room_is_no_one() -> None:
    assert found("Personalrummet: Stora Salen på plan 2", "PERSON") == []
