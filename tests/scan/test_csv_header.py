"""A CSV export's header words are no one's name, also right after a name's label; the names
in its rows are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "header", "person"),
    [
        ("Förnamn,Efternamn,Telefon\nOla,Sten,0701740605", "Telefon", "Ola"),
        ("Namn,Roll,Telefon\nTove Ek,vakt,0701740633", "Roll", "Tove Ek"),
        ("Kund,Tjänst,Pris\nLinnea Falk,Klippning,450", "Tjänst", "Linnea Falk"),
    ],
)
def test_header_words_are_no_one(text: str, header: str, person: str) -> None:
    people = found(text, "PERSON")
    assert header not in people
    assert person in people


def test_a_name_in_a_row_of_words_is_found() -> None:
    people = found("Namn,Roll,Telefon\nOla,vakt,Hedberg\nKim,Berg,0701740612", "PERSON")
    assert "Hedberg" in people
