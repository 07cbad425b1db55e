"""A given name that is also a word (`Sol`, `Ros`, `Vilja`, `Hope`) opening a sentence, then a
state only a person is in: a nurse's, a teacher's or a coach's note (`Sol har feber`, `Ros är
sjuk`, `Vilja kom för sent`). The sun, a rose or a will in the same place are said in their
definite form, or with a state no person is in, and stay unflagged."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def found(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Sol har feber sedan i går, mamma hämtar.", "Sol"),
    ("Ros är sjuk i dag och stannar hemma.", "Ros"),
    ("Vilja kom för sent till träningen igen.", "Vilja"),
    ("Hope is sick today, her dad called.", "Hope"),
])
def test_a_word_name_in_a_persons_state_is_someone(text: str, name: str) -> None:
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "Sol var het hela eftermiddagen.",
    "Ros har en fin doft i juni.",
    "Ros är röd och vit i rabatten.",
    "Solen har värmt hela dagen.",
    "Sol kom fram vid lunch.",
])
def test_the_word_in_a_things_state_is_no_one(text: str) -> None:
    assert found(text) == []
