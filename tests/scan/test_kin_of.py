"""The one someone is kin of (`dotter till Harry`, `the son of Molly`) is a person, even
where a list holds the name as a drug's street name or a word; a place after `till` stays a
journey's end, and kin without a name after it names no one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Närvarande: Ewa Granath (dotter till Harry), Pia Lönn.", "Harry"),
    ("Hon är mamma till Tina, som går i nian.", "Tina"),
    ("He is the son of Molly and lives with his aunt.", "Molly"),
    ("Åke Nordlund (ordf, son till Stina) öppnade mötet.", "Stina"),
    ("Pia Lönn, hustru till Lennart, var med.", "Lennart"),
])
def test_the_one_someone_is_kin_of_is_a_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Sonen åkte till Stockholm i morse.",  # a place after `till`
    "Han far till Kiruna i morgon.",  # `far` the verb
    "Mamma till Malmö? Nej, hon stannar.",
    "Dottern skickade en bild till Harry Potter-klubben.",  # no kin before `till`
    "Min syster till slut ringde.",  # a word after `till`
])
def test_kin_before_a_place_or_a_word_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
