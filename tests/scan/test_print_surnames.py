"""A pill's print after a given name common here is a surname, even when the given name is
also a word (`Ebba Krona`, `Saga Tesla`); after a word that describes the pill (`Rosa Krona`,
`Gula Tesla`) it is the pill."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Vi pratade med Ebba Krona efter festen.", ["Ebba Krona"]),
    ("En av gästerna, Saga Tesla, blev dålig på bryggan.", ["Saga Tesla"]),
])
def test_a_print_after_a_given_name_is_a_surname(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Han sålde Rosa Krona på festen, tio kronor styck.",
    "Polisen beslagtog Gula Tesla och Blå Punisher i lägenheten.",
])
def test_a_print_after_a_pills_colour_is_the_pill(text: str) -> None:
    assert found(text, "PERSON") == []
