"""A building named after someone, its compound ending the run (`Hugo Alfvénhallen`, `Selma
Lagerlöfskolan`), is a place, not a person (streets.py); a surname of the same shape as a
farm's (`Nygården`) and a person beside the building stay someone's."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

BUILDINGS = [
    ("a sports hall", "Fjärrvärmen till Hugo Alfvénhallen ska bytas under sommaren.",
     "Hugo Alfvénhallen"),
    ("a school", "Eleverna på Selma Lagerlöfskolan har studiedag på fredag.",
     "Selma Lagerlöfskolan"),
    ("an arena in the genitive", "Konserten hålls i Stefan Perssonarenans foajé.",
     "Stefan Perssonarenans"),
]


@pytest.mark.parametrize(("what", "text", "building"), BUILDINGS)
def test_a_building_named_after_someone_is_a_place(what: str, text: str, building: str) -> None:
    assert building in mask(text, scan(text)), what


PEOPLE = [
    ("a farm's surname", "Jag träffade Erik Hallen och Lisa Nygården i går.", "Nygården"),
    ("a short surname", "Jag träffade Erik Hallen i går.", "Erik Hallen"),
    ("a person at the school", "Eleverna på Selma Lagerlöfskolan fick besök av Anna Berg.",
     "Anna Berg"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_named_so_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
