"""A role's word before two capitalised words in no list names a person the lists lack
(`Fältarbetaren Kaimana Redfeather`), as `heter` does; after a role the names of a hospital,
a firm or a vehicle stay theirs."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Fältarbetaren Kaimana Redfeather hittade sprutorna vid bryggan.",
     ["Kaimana Redfeather"]),
    ("Igår ringde handledaren Tumelo Sekgobela om en elev.", ["Tumelo Sekgobela"]),
])
def test_a_role_before_an_unlisted_full_name_names_someone(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Läkaren Karolinska Universitetssjukhuset svarade inte.",
    "Chauffören Volvo Lastvagnar meddelade förseningen.",
])
def test_a_role_before_an_institution_or_make_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
