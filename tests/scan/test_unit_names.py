"""A care home, preschool, ward, tent or room named by a given name right after its noun is no
one; the people working or staying there stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Leverans till omsorgsboendet Linnea, avdelning 2. Kvitterat av Jonas Ek.", ["Jonas Ek"]),
    ("Hon flyttade till gruppboendet Vendela i mars.", []),
    ("Sjukhemmet Karin stänger avdelning B i sommar.", []),
    ("Lugnzonen finns i tältet Tove bakom scenen.", []),
    ("Mötet hålls i konferensrummet Greta (plan 4). /Lisa Holm", ["Lisa Holm"]),
])
def test_a_home_or_room_named_by_a_given_name_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("På äldreboendet jobbar Ingrid natt sedan i våras.", ["Ingrid"]),
    ("Personalen på gruppboendet, Vendela Ek, ringde i morse.", ["Vendela Ek"]),
    ("Vi ringde serviceboendet och Solveig svarade direkt.", ["Solveig"]),
    ("I tältet sov Tove med två kompisar.", ["Tove"]),
    ("Vi ringde förskolan Ronja svarade inte.", ["Ronja"]),
])
def test_people_at_the_place_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
