"""A unit's staff by the unit's genitive: `Hemtjänstens Amanuel`, beside a place or a day
named after the unit (`Folkets Hus`, `Festivalens Dag`)."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ("Hon sov länge. Hemtjänstens Amanuel fick inte liv i henne.", "Amanuel"),
    ("Boendets Karin ringde i morse om medicinerna.", "Karin"),
    ("Skolans Fatima hjälper till på fredag.", "Fatima"),
])
def test_a_given_name_after_a_units_genitive_is_its_staff(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "Vi ses på Festivalens Dag i juni.",
    "Välkommen till Folkets Hus i kväll.",
    "Tassarnas Hus öppnar igen.",
])
def test_a_place_or_day_after_a_genitive_stays_a_thing(text: str) -> None:
    assert found(text, "PERSON") == []
