"""The one someone is kin of (`dotter till Harry`, `the son of Molly`) is a person, even
where a list holds the name as a drug's street name or a word; a place after `till` stays a
journey's end, and kin without a name after it names no one. So is a given name that is
also a word in the genitive before kin or a person's day (`Rosas mamma`, `Viola's
birthday`); a place's or a noun's genitive there stays."""

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


@pytest.mark.parametrize(("text", "name"), [
    ("Rosas mamma ringde och frågade om läxorna.", "Rosas"),
    ("Fredag: bakning; Violas födelsedag, tårta kl 15.", "Violas"),
    ("Fri: baking; Viola's birthday (92!)", "Viola's"),
    ("Rosa's mum called the unit twice.", "Rosa's"),
    ("Vi pratade om Harry's funeral next week.", "Harry's"),
    ("Liljas pappa hämtade henne vid fyra.", "Liljas"),
])
def test_a_given_name_that_is_a_word_before_kin_or_a_day(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Lunds kalas är i juni.",  # a place's genitive
    "Sweden's birthday is on the sixth.",
    "Skolans mamma-grupp träffas.",  # a noun's genitive
    "ROSAS MAMMA RINGDE INTE",  # a shouted line: other passes read it
    "Rosas blommor och lila tulpaner.",  # a colour's genitive before a thing
])
def test_a_places_or_a_words_genitive_before_kin_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
