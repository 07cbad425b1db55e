"""What gyms, coaches and doping controls write about: steroids, peptides, tanning and slimming
injections by their gym names, the labs on their vials, and lifts and holds named after people.
A drug or a lift is never a person; the people beside them are."""

from __future__ import annotations

import pytest

from .kit import found

THINGS = [
    ("steroid short forms", "Han körde Deca och Tren i tolv veckor, sedan Winny inför tävlingen.",
     ["Deca", "Tren", "Winny"]),
    ("peptides and tanning injections", "I skåpet: Melanotan II, BPC-157 och TB-500 utan etikett.",
     ["Melanotan", "BPC-157", "TB-500"]),
    ("slimming pens and toxins", "Hon beställde Ozempic-pennor och Botulax från en sajt.",
     ["Ozempic", "Botulax"]),
    ("underground labs on vials", "Ampullerna var märkta Hilma Biocare och Norma Hellas.",
     ["Hilma Biocare", "Norma Hellas"]),
    ("lifts named after people", "Passet: Arnold press, Larsen press och Jefferson curl.",
     ["Arnold press", "Larsen press", "Jefferson curl"]),
    ("holds and tests", "Vi drillade Ezekiel choke, sedan Cooper test på banan.",
     ["Ezekiel", "Cooper"]),
]


@pytest.mark.parametrize(("voice", "text", "things"), THINGS)
def test_gym_drugs_labs_and_lifts_stay(voice: str, text: str, things: list[str]) -> None:
    people = " ".join(found(text, "PERSON"))
    assert not any(thing in people for thing in things), voice


PEOPLE = [
    ("a person called as a steroid's short form", "Säljaren Winny Larsson sålde Winny på gymmet.",
     "Winny Larsson"),
    ("a person named after a lift's inventor", "Tränaren Anna Jefferson visade Jefferson curl.",
     "Anna Jefferson"),
    ("a coach with a surname that names a hold", "Vi drillade Kimura lock med Kenji Kimura.",
     "Kenji Kimura"),
]


@pytest.mark.parametrize(("voice", "text", "person"), PEOPLE)
def test_people_beside_them_are_found(voice: str, text: str, person: str) -> None:
    assert person in found(text, "PERSON"), voice
