"""A DJ's or an MC's stage name is no one; a DJ under their own full name is found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Klockan ett tog DJ Lovely Lina över, sedan MC Mormor. Vakten Tove Berg såg allt.",
     ["Tove Berg"]),
    ("The afterparty had DJ Nightowl on the decks until four.", []),
    ("Efter setet sa DJ Tilda Nyberg åt publiken att dricka vatten.", ["DJ Tilda Nyberg"]),
    ("DJ Erik Andersson spelade till tre.", ["DJ Erik Andersson"]),
    ("DJ:n DJ Kasper Fält är bokad, DJ Jolene Jetlag och DJ Sten Sture också.",
     ["DJ Kasper Fält"]),
])
def test_a_stage_name_after_a_djs_title_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Rapparen Lil Kvist och Yung Lean stod på affischen; vakten hette Nora Ek.", ["Nora Ek"]),
    ("Lil Storm spelade i Malmö i fredags.", []),
    ("Lill-Ronny säljer på torget igen.", ["Lill-Ronny"]),
])
def test_a_rappers_name_after_lil_or_yung_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
