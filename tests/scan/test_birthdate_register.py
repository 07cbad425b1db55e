"""A full date in brackets right after a name is a birth date, as registers write it."""

from __future__ import annotations

import pytest

from .kit import found

CASES = [
    ("police summary in English", "driver DEMIR, Mehmet Ali (1990-06-03) carried 300 pills",
     ["1990-06-03"]),
    ("compact date", "Målsägande Anna Berg (19900603) hördes.", ["19900603"]),
    ("an event date after a noun", "Beslaget (2019-05-01) gjordes i Malmö.", []),
    ("a recent date after a name is an event's", "Erik Svensson (2025-05-01) ringde.", []),
    ("a place before the date", "Stockholm (1990-01-01) var platsen.", []),
]


@pytest.mark.parametrize(("voice", "text", "dates"), CASES)
def test_a_bracketed_date_after_a_name(voice: str, text: str, dates: list[str]) -> None:
    assert found(text, "DATE_OF_BIRTH") == dates, voice
