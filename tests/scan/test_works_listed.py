"""Songs, records, films and plays listed under their kind are titles, however much they look
like given names; the people who sing, play or direct them are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    'Låtar i kväll: "Elsa", "Marie Marie", "Johanna" och "Anna Lena".',
    "Setlist: Sofia, Josefin, Linnea.",
    "Films on Friday: Amelie, Annie Hall and Frida.",
    "Skivor i lådan: Jolene, Roxanne.",
    "Filmerna Annie Hall och Frida visas i kväll.",
])
def test_titles_under_their_kind_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Repertoar i vår: Carmen, Tosca och Aida. Dirigent: Leopold Wahlund.",
     ["Leopold Wahlund"]),
    ("Låtarna skrevs av Anna Berg och Erik Lind.", ["Anna Berg", "Erik Lind"]),
    ('Låtlista: "Jolene" och "Roxanne". Sång: Sara Ekdahl och Omar Haddad.',
     ["Sara Ekdahl", "Omar Haddad"]),
    ("Vi såg filmerna med Anna Berg och Erik Lind.", ["Anna Berg", "Erik Lind"]),
])
def test_people_beside_listed_works_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
