"""A size or an age glued to a given name is someone's nickname, in lower case too."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Dragan och lill-Sami däckade båda efter en halv.", "lill-Sami"),
    ("Det var Stor-Janne som sålde vid kiosken.", "Stor-Janne"),
    ("sa till gamle-Nisse att han skulle ringa 112", "gamle-Nisse"),
])
def test_a_sized_given_name_is_someone(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Stor-Stockholm har fått fler larm om nitazener.",
    "Vi delade ut naloxon i lill-stugan vid badet.",
    "Söndag låg motorbåten Lill-Ola förtöjd utan avgift.",
])
def test_a_sized_place_or_thing_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
