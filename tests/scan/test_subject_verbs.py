"""A name that is also a word, once found in full, is someone again at a sentence's start
when the verb of what they think, ask or do follows (`Tova Saga Lund ringde … Saga tror`);
the same word before a noun or at a sentence's start without a verb stays a word."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Vi pratade med Saga Holmér i går. Saga tror att pillren kom från en fest.",
     ["Saga Holmér", "Saga"]),
    ("Grannen Nova Lindahl hörde av sig. Nova frågade om vi kunde hämta sprutorna.",
     ["Nova Lindahl", "Nova"]),
    ("Kollegaen vår Rut Hagen var på festivalen. Rut fikk tak i en pille til.",
     ["Rut Hagen", "Rut"]),
])
def test_a_found_name_is_someone_again_before_a_verb(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("Saga Holmér ringde. Saga om en drake lästes högt på avdelningen.", ["Saga Holmér"]),
    ("Nova Lindahl ringde. Nova stjärnor syns inte från stan.", ["Nova Lindahl"]),
])
def test_the_word_without_a_verb_stays_a_word(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("Bussen stod still i en timme. Océane svimmade vid hållplatsen.", ["Océane"]),
    ("Två påsar hittades i skåpet. Hjalte fördes till akuten med ambulans.", ["Hjalte"]),
])
def test_a_listed_name_before_a_past_tense_starts_a_sentence_as_its_subject(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_a_word_before_a_past_tense_is_no_name_unless_listed() -> None:
    assert found("Pulvret var vitt. Ingenting hände sedan.", "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Larmet gick vid tretiden. Ingibjörg fann honom i trapphuset.", ["Ingibjörg"]),
    ("We searched the cabin twice. Bairbre saw the pills in his bag.", ["Bairbre"]),
])
def test_a_strong_past_after_a_listed_name_makes_it_the_subject(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("Hyresvärden har inte svarat. Izolda kontaktar dem igen på måndag.", ["Izolda"]),
    ("Mötet flyttas till torsdag. Wendelin kollar om lokalen är ledig.", ["Wendelin"]),
    ("Middagen stod framme. Gunnvor åt ingenting och gick och la sig.", ["Gunnvor"]),
])
def test_a_present_tense_after_a_listed_name_makes_it_the_subject(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Alla dagar är lika långa på avdelningen.",  # a plural noun after a word, no name
    "Never after dark, said the sign on the door.",  # English words ending -er
])
def test_a_plural_noun_or_english_word_after_a_word_makes_no_name(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Därefter ringde Sara och sa att hon mått illa.", ["Sara"]),
    ("Efteråt sa Ilvar att han mått illa.", ["Ilvar"]),
    ("Tyvärr ringde Sara för sent.", ["Sara"]),
    ("Dîlber sa att hon mår bra.", ["Dîlber"]),  # no adverb: the word is the subject
])
def test_a_sentence_adverb_before_its_verb_and_subject_is_no_name(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
