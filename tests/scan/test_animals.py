"""Horses and working dogs named like people are no people; their handlers and riders are."""

from __future__ import annotations

import pytest

from mailgate.scan import scan

from .kit import found


@pytest.mark.parametrize("text, animal", [
    ("Sökhunden Max markerade vid kupé 4, hundförare Lisa Ek.", "Max"),
    ("Narkotikasökhunden Zorro markerade på väska 3.", "Zorro"),
    ("Hästen Maja Stjärna fick Domosedan utan ordination.", "Maja Stjärna"),
    ("Valacken Kalle Blixt och stoet Bella Donna dopades.", "Kalle Blixt"),
    ("Efter lektionen red Tilde på Ronja i ridhuset.", "Ronja"),
    ("Djuren som sövdes i veckan: giraffen Molly, älgen Kalle och visenten Bruno.", "Kalle"),
    ("Djuren som sövdes i veckan: giraffen Molly, älgen Kalle och visenten Bruno.", "Bruno"),
    ("Två andra hundar i klassen, Ronja och Zeus, hade samma ägare.", "Ronja"),
])
def test_a_horse_or_working_dog_is_no_person(text: str, animal: str) -> None:
    assert not any(animal in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Sökhunden Max markerade vid kupé 4, hundförare Lisa Ek.", "Lisa Ek"),
    ("Efter lektionen red Tilde på Ronja i ridhuset.", "Tilde"),
    ("Hästen sparkade Erik Lund i går.", "Erik Lund"),
    ("Vi har två hundar och barnen, Erik och Anna, är hemma.", "Erik"),
    ("Hundarna skällde när Erik och Anna kom hem.", "Anna"),
])
def test_handlers_riders_and_the_kicked_are_people(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, stamp", [
    ("so uh we saw like Benny Blanco pills, the yellow ones, and Rolex too", "Benny Blanco"),
    ('Vi hittade "Donald Duck" tabletter i soprummet.', "Donald Duck"),
])
def test_a_print_named_before_its_pill_word_is_no_person(text: str, stamp: str) -> None:
    assert stamp not in found(text, "PERSON")


def test_someone_given_pills_is_still_a_person() -> None:
    assert "Anna Berg" in found("Han gav Anna Berg tabletter i trapphuset.", "PERSON")


@pytest.mark.parametrize("text", [
    "Falkarna heter Ronja och Viggo, och de flyger varje morgon över banan.",
    "På gården fick grisarna Doris o Berit mat klockan sju.",
])
def test_animals_named_in_the_plural_are_no_one(text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []


def test_a_person_beside_the_animals_stays_a_person() -> None:
    text = "Hästarna och Kerstin Wallin var ute i hagen när påsen hittades."
    assert [f.text for f in scan(text) if f.type == "PERSON"] == ["Kerstin Wallin"]


@pytest.mark.parametrize("text, horses", [
    ("Kupongen spelades på Stina Stjärnfall och Herr Glans i lopp 7, insats 200 kr.",
     ("Stina Stjärnfall", "Herr Glans")),
    ("Lördagens V75 på Solvalla: Moa Sommarvind spik i V75-5, sen breddar vi.",
     ("Moa Sommarvind",)),
    ("My uncle put 500 kr on Lucy Lightfoot in race 6, odds 12 to 1.", ("Lucy Lightfoot",)),
])
def test_a_horse_a_bet_names_before_its_race_is_no_one(text: str, horses: tuple[str, ...]
                                                        ) -> None:
    """Tote slips and tipsters name trotting horses without the word horse: the name right
    before the race it runs (`i lopp 7`, `spik i V75-5`) is the horse's."""
    names = found(text, "PERSON")
    assert not any(h in n or n in h for h in horses for n in names)


@pytest.mark.parametrize("text, name", [
    ("Ida Hammar i lopp 3 sprang fortast av alla tjejerna på skolans friidrottsdag.",
     "Ida Hammar"),
    ("Kusken Örjan Lindström kör i V75-5 och tränaren Ulla Berg ringde mig i v4.", "Ulla Berg"),
    ("Jag träffade Sara Holm i v4 och hon sa att hon spelade på travet.", "Sara Holm"),
])
def test_a_runner_a_driver_and_a_week_keep_their_people(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_horse_opening_the_text_before_its_race_is_no_one() -> None:
    text = "Herr Glans och Stina Stjärnfall i lopp 5, kupongen spelad för 200 kr."
    assert found(text, "PERSON") == []
