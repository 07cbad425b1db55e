"""A rarer given name typed in lower case is someone's right after a person's word or an
introduction (`min dotter hristya`, `hej det är uljan`, `skickar till herve`); the same
words after a bare preposition, or a word of the language, are not."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("min dotter hristya säger att en kille säljer", ["hristya"]),
    ("ja hej det är uljan på sprutbytet, ring tillbaka", ["uljan"]),
    ("jag fotar och skickar till herve på kontoret", ["herve"]),
    ("tjena kimberly! ses på träningen", ["kimberly"]),
    ("skriver om polisen frågar ok hörs /ebonney", ["ebonney"]),
    ("tack för i dag\nmvh zvezdan", ["zvezdan"]),
    ("det säger beniamin, läraren", ["beniamin"]),
])
def test_a_rare_lower_case_name_after_a_cue_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "vi åkte till lunch och sen hem",
    "det är tabletter i påsen",
    "hej det är bara jag igen",
    "dosen är 5 mg/dag enligt läkaren",
])
def test_lower_case_words_after_the_same_cues_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("jag frågade lina om hon hade kvar nåt", ["lina"]),
    ("sa till kenta att han fick sova här", ["kenta"]),
    ("snackade med nova igår, hon mår bättre", ["nova"]),
])
def test_a_lower_case_name_after_a_verb_of_asking_or_telling_is_someone(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "jag frågade polisen om det i går",
    "hon frågade snällt och fick ett svar",
    "vi träffade folk där hela kvällen",
])
def test_a_lower_case_word_after_those_verbs_stays_a_word(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("kram pappa ps zdenka kerrigan hälsar", ["zdenka kerrigan"]),
    ("det var typ ifeoma sandoval som tog med det", ["ifeoma sandoval"]),
])
def test_two_rarer_names_in_lower_case_are_a_full_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "la casa de papel var bättre förra säsongen",
    "vi kör mera dans ikväll på stället",
])
def test_words_of_other_tongues_in_lower_case_are_no_full_name(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("hej saga!!! det e meja, ring mig", ["saga"]),
    ("tjena kenta, läget? ses vid sjön", ["kenta"]),
])
def test_a_greeted_lower_case_name_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["hej alla! välkomna hit", "hej då, vi ses i morgon",
                                  "hej sol! skönt med värme"])
def test_a_greeted_word_stays_a_word(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("tog 3 tabletter som eliane gav mig för att sova", ["eliane"]),
    ("okej så hos familjen bohumila på gården", ["bohumila"]),
    ("det är dotterns enitsa, hon bor i källaren", ["enitsa"]),
    ("i källaren hittade terrence ett skåp med grejer", ["terrence"]),
])
def test_a_rarer_lower_case_name_by_its_verb_or_family_word_is_someone(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["polisen kom direkt efter", "hittade påsen i soffan",
                                  "familjen har flyttat härifrån", "bilen stod där hela natten"])
def test_nouns_and_pronouns_before_a_verb_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("min coach jessie (hennes eget konto) har lagt in Clenbuterol", ["jessie"]),
    ("min tränare kevin sa att det var lugnt", ["kevin"]),
    ("vi har en ny coach sedan mars", []),
])
def test_a_lower_case_name_after_a_coach_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
