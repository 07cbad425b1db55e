"""Endings answers what `str.endswith` over the same endings answers, for every table that
uses it: the words tried are each ending's own tails and extensions, and short words."""

from __future__ import annotations

import pytest

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.address import _ENDINGS as STREET_WORD_ENDINGS
from mailgate.scan.recognizers.rolenamed import _ROLE_ENDINGS
from mailgate.scan.recognizers.streets import _STREET_ENDINGS
from mailgate.scan.recognizers.textindex import any_ending, lettered
from mailgate.scan.recognizers.thingheads import _ENDINGS as THING_ENDINGS
from mailgate.scan.recognizers.thingheads import PLURAL_ENDINGS
from mailgate.scan.recognizers.wordfacts import INSTITUTION_ENDINGS

TABLES = {
    "institutions": INSTITUTION_ENDINGS,
    "thing heads": THING_ENDINGS,
    "thing plurals": PLURAL_ENDINGS,
    "roles": _ROLE_ENDINGS,
    "streets": _STREET_ENDINGS,
    "street words": STREET_WORD_ENDINGS,
    "with one letter and none": ("s", "", "gatan"),
    "one letter only": ("n",),
}


def _words(endings: tuple[str, ...]) -> set[str]:
    words = {"", "a", "s", "en", "ab", "Storgatan", "kliniken", "xyz"}
    for ending in endings:
        for cut in range(len(ending) + 1):
            tail = ending[cut:]
            words |= {tail, "x" + tail, "Ö" + tail, tail + "s", tail[:-1], "ab" + tail[1:]}
    return words


@pytest.mark.parametrize("name", TABLES)
def test_every_table_answers_as_endswith(name: str) -> None:
    endings = TABLES[name]
    test = Endings(endings)
    wrong = [w for w in _words(endings) if test.of(w) != w.endswith(endings)]
    assert wrong == []


def test_a_street_and_a_clinic_are_told_from_other_words() -> None:
    streets = Endings(_STREET_ENDINGS)
    assert streets.of("storgatan") and streets.of("ekvägen")
    assert not streets.of("morgan") and not streets.of("gatu")


@pytest.mark.parametrize("name", TABLES)
def test_a_texts_words_hold_an_ending_as_endswith_says(name: str) -> None:
    endings = TABLES[name]
    test = Endings(endings)
    words = sorted(_words(endings))
    for size in (1, 3, 40, len(words)):  # fewer and more words than the table has tails
        for start in range(0, len(words), max(1, size)):
            folded = frozenset(words[start : start + size])
            expected = any(w.endswith(endings) for w in lettered(folded))
            assert any_ending(folded, test) == expected, sorted(folded)
