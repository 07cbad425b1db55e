"""A work titled in quotes by capitalised words or a name alone (a song, a book, a ballet) is
no one where a work's word or a title listed beside it says so; quoted names in a chat's
list, after a word of naming, or as a nickname between a name's parts stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Karaokekvällen: \"Dancing Queen\", \"Mamma Mia\" och \"Waterloo\".\n/Ingela Sörman",
     ["Ingela Sörman"]),
    ("Spellista för fredagen\n\"Gloria\", \"Carola\", \"Hej Clown\"\n/Tomas Ekberg",
     ["Tomas Ekberg"]),
    ("Ballettskolans vårshow: \"Giselle\" och \"Coppélia\". Kontakt: Mirja Holt", ["Mirja Holt"]),
    ("Klassen läste novellen \"Elsa\" och skrev om beroende efteråt.", []),
    ("Books this term: \"Holes\", \"Matilda\" and \"Wonder\". Note that \"Matilda\" is long.",
     []),
    ("Vi sjöng \"Kalle Kula\", \"Lilla snigel\" och \"Imse vimse\" med barnen.", []),
])
def test_a_work_titled_by_a_name_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Gruppchatten: \"Linnea\", \"Omar\" och \"Jonna\" var med i går.",
     ["Linnea", "Omar", "Jonna"]),
    ("Kontakterna i hans telefon hette \"Bella\" och \"Sara\".", ["Bella", "Sara"]),
    ("Vi spelade fotboll med Linnéa \"Nea\" Sjöstrand i går.", ["Linnéa", "Nea", "Sjöstrand"]),
    ("Deltagare enligt gästboken: Freja Lindahl och \"Shaman Sven\".",
     ["Freja Lindahl", "Shaman Sven"]),
    ("He booked as \"Charlie\", number +46 70 174 06 66.", ["Charlie"]),
    ("Filmen från kameran visar att \"Kim\" och \"Jonna\" stod vid kiosken.", ["Kim", "Jonna"]),
])
def test_quoted_names_of_people_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
