"""Months that are also given names (Jan, Maj, Juni, May, April, June) are dates beside a day
or a year, and names elsewhere."""

from __future__ import annotations

import pytest

from .kit import found

DATES = [
    ("an English event", "Workshop at Ekonomikum Jan 22. Speakers: Frida Holm."),
    ("a Swedish meeting", "Nästa möte 22 jan kl 18 i lokalen."),
    ("a day before an English month", "Doors open 3 May, free entry."),
    ("a month and a year", "Rapporten från juni 2026 bifogas."),
    ("an ordinal", "Deadline is June 3rd for all sites."),
    ("a range of months after a day", "Den 12 jan-feb var det lugnt på mottagningen."),
]


@pytest.mark.parametrize(("voice", "text"), DATES)
def test_a_named_month_beside_a_day_is_a_date(voice: str, text: str) -> None:
    assert found(text, "PERSON") in ([], ["Frida Holm"]), voice


PEOPLE = [
    ("a given name and a surname", "Jan Berg ringde i går.", ["Jan Berg"]),
    ("a count after the name", "Jag sa till Jan 3 ggr att sluta.", ["Jan"]),
    ("a schedule's row after a whole date", "tors 3/12 Jan Malmberg + Marita Svensk",
     ["Jan Malmberg", "Marita Svensk"]),
    ("a double given name after a day", "Passet den 12 Jan-Erik Lund, sedan jag.",
     ["Jan-Erik Lund"]),
    ("a time before the name", "Kl 10.30 Jan kom in med vagnen.", ["Jan"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), PEOPLE)
def test_the_same_words_name_people_elsewhere(voice: str, text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names, voice
