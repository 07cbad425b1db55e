"""A character or act named by a Swedish title with a capital and a word is no one; a title in
lower case, a title before a full or common given name, and a nickname the text gives someone
stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Klockan nio spelade Kapten Kokos, och vakten Tove Berg ringde 112.", ["Tove Berg"]),
    ("I romanen säljer skurken Graf Mohnblum piller till Elin Sjöberg.", ["Elin Sjöberg"]),
    ("Tåget leddes av ekipaget \"Kung Bore\" och en orkester.", []),
    ("Barnen älskar Tant Tvål, säger Stina Ek.", ["Stina Ek"]),
])
def test_a_titled_character_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Vi ringde Doktor Lindqvist i går.", ["Doktor Lindqvist"]),
    ("En medintagen, kallad \"Farbror Blå\", har överdoserat.", ["Farbror Blå"]),
    ("Hon köpte tabletterna av \"Farbror Guld\" vid stationen.", ["Farbror Guld"]),
    ("Han introducerade mig för \"Tant Tjack\", en äldre kvinna.", ["Tant Tjack"]),
    ("en turist, Herr Dietrich Braun från München, ringde.", ["Herr Dietrich Braun"]),
])
def test_a_title_before_someone_stays_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("I min nya roman jagar kommissarie Stina Vall en langare, skriver Eva Lund.", ["Eva Lund"]),
    ("Manusförfattaren Petra Vallin vill att kommissarie Eva Hägg dör i avsnitt 6.",
     ["Petra Vallin"]),
    ("Kommissarie Lena Ekvall ringde om boken som hittades i bilen.", ["Lena Ekvall"]),
    ("I avsnittet pratade kommissarie Lena Ek med Nora Berg om fentanyl.", ["Nora Berg"]),
])
def test_a_detective_in_a_story_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
