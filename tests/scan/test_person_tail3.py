"""PERSON's third tail: a question and its answer's speakers, a kin word that is a given name
asked again, a name after a person's clause, a double name's initials, Nordic definite
roles, Sudanese `wad`, a lower-case name after `från`; each beside its look-alikes."""

from __future__ import annotations

import pytest

from .kit import flagged, found


@pytest.mark.parametrize("text, names", [
    ("Nora: Har du tagit något i kväll?\nC-J: Ja, en halv.", ["Nora", "C-J"]),
    ("Intervju 3\nTove: När började du röka?\nBenji: Fjorton.", ["Tove", "Benji"]),
    ("Ragnvald: Var bor du nu?\nK-G: Hos min syster.", ["Ragnvald", "K-G"]),
])
def test_a_question_and_its_answers_speakers(text: str, names: list[str]) -> None:
    assert all(n in found(text, "PERSON") for n in names)


@pytest.mark.parametrize("text", [
    "Fråga: Hur mycket tog han?\nSvar: Två tabletter.",
    "Q: Can naloxone wear off?\nA: Yes, sooner than the opioid.",
    "Gävle: hur många fall?\nSandviken: tre",
    "Status: öppen?\nÅtgärd: ring tillbaka",
])
def test_a_forms_question_and_answer_has_no_speakers(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_kin_word_that_opened_a_name_is_the_name_asked_again() -> None:
    text = "Bror Lindkvist kom förbi färjan i går. Vilken Bror? Han med kepsen."
    assert found(text, "PERSON") == ["Bror Lindkvist", "Bror"]


@pytest.mark.parametrize("text, kept", [
    ("Bror Lindkvist kom förbi. Min bror sa att han var full.", "bror"),
    ("Pastor Lind Åberg besökte avdelning 4. Vilken Pastor Lind, frågade vakten.", "Pastor"),
])
def test_a_kin_word_or_title_alone_stays(text: str, kept: str) -> None:
    at = text.rindex(kept)
    assert not any(f.start == at and f.end == at + len(kept) for f in flagged(text))


@pytest.mark.parametrize("text, name", [
    ("Vi har en till som hjälper till på torsdagar, Rawand.", "Rawand"),
    ("Ett stort tack till vår nya kassör, Yrsa!", "Yrsa"),
    ("Kontakta vår samordnare för Tensta, Hawa.", "Hawa"),
])
def test_a_name_after_a_persons_clause(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi har en till som hjälper till på torsdagar, tack.",
    "Hon bor i Gävle, Sandviken.",
    "Det var en kollega som hittade honom, Inshallah.",
    "Vi ses på mötet i morgon, Tensta.",
])
def test_a_word_after_a_clause_stays(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, initials", [
    ("Pass 2: K-G tog över bilen vid Slussen.", "K-G"),
    ("Samtal med M.L. om sonens missbruk, ny tid tisdag.", "M.L."),
    ("Elev S.K. klagar på huvudvärk efter festen.", "S.K."),
    ("Lämnade nyckeln till P-O i förrådet.", "P-O"),
])
def test_a_double_names_initials_where_a_person_stands(text: str, initials: str) -> None:
    assert initials in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Plan A-B gäller från måndag.",
    "Han flyttade till U.S. förra året.",
    "Allt från A-Z i butiken.",
    "Betyg A-C krävs för kursen.",
    "Ta linje K-G-12 till sjukhuset.",
])
def test_capitals_of_a_plan_a_country_or_a_code_stay(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Konduktøren Bo ringede efter en ambulance.", "Bo"),
    ("Læreren Bo sagde at han var skæv.", "Bo"),
])
def test_a_danish_definite_role_before_a_given_name(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]


def test_a_danish_role_before_a_verb_stays() -> None:
    assert found("Konduktøren bad os om at gå.", "PERSON") == []


def test_sudanese_wad_joins_a_name_as_ibn_does() -> None:
    assert found("Han kallas Hassan wad Ali i byn.", "PERSON") == ["Hassan wad Ali"]
    assert found("He pulled out a wad of notes.", "PERSON") == []


def test_a_lower_case_given_name_after_fran_is_who_it_came_from() -> None:
    assert found("hörde från amir att han är hemma igen", "PERSON") == ["amir"]
    assert found("kom från malmö i går", "PERSON") == []
