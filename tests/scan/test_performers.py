"""Artists a lineup names are music, not persons; the same names after another label, or
with no set's word after them, are still masked."""

from __future__ import annotations

import pytest

from .kit import found

PAIRS = [
    ("a Swedish lineup label and its colon",
     "Kvällens line-up: Agnes Obel, Robyn och Veronica Maggio. Vi delar ut vatten.",
     "Kvällens ansvariga: Agnes Obel, Robyn och Veronica Maggio. Vi delar ut vatten."),
    ("an English lineup in register-like commas",
     "Tonight's lineup: Oscar Mulero, Helena Hauff and Peggy Gou.",
     "Tonight's contacts: Oscar Mulero, Helena Hauff and Peggy Gou."),
    ("a set's word after two names joined by a plus",
     "Ikväll: Oscar Mulero + Helena Hauff DJ-set på klubben.",
     "Ikväll: Oscar Mulero och Helena Hauff i baren på klubben."),
]


@pytest.mark.parametrize(("family", "music", "people"), PAIRS, ids=[p[0] for p in PAIRS])
def test_performers_stay_and_people_are_masked(family: str, music: str, people: str) -> None:
    assert found(music, "PERSON") == [], family
    assert found(people, "PERSON") != [], family
