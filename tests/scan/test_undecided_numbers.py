"""Ten digits read both as a personnummer and as a phone number stay both when their scores
are 0.2 or less apart, so the moderator sees both readings; further apart, the likelier wins."""

from __future__ import annotations

import pytest

from mailgate.scan.finding import Finding
from mailgate.scan.resolve import resolve

NUMBER = "0211053344"


def _both(id_score: float, phone_score: float) -> list[Finding]:
    return [Finding("ID_NUMBER", 10, 20, id_score, "IdNumberRecognizer", NUMBER),
            Finding("PHONE", 10, 20, phone_score, "PhoneRecognizer", NUMBER)]


@pytest.mark.parametrize(("id_score", "phone_score"), [(0.8, 0.6), (0.55, 0.75), (0.7, 0.7)])
def test_close_readings_both_stay(id_score: float, phone_score: float) -> None:
    assert {f.type for f in resolve(_both(id_score, phone_score))} == {"ID_NUMBER", "PHONE"}


def test_a_far_likelier_reading_wins() -> None:
    assert [f.type for f in resolve(_both(0.45, 1.0))] == ["PHONE"]
