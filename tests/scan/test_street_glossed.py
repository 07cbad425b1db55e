"""A given name the text itself glosses as a substance stays unmasked wherever it stands
alone there; people with that name, spoken of as people, stay masked."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Amfetamin kallas Billy i Sundsvall. Två elever har provat Billy i höst.",
    "I år heter kokain Pablo i Borås. Pablo kostar 900 kr grammet.",
    "Henry (heroin) syns mer i Malmö. Flera har börjat med Henry sedan i våras.",
    "People here call ketamine Kat. Kat is cheap this winter.",
    "Bob är slang för cannabis. Killarna vid kiosken rökte Bob hela kvällen.",
    "Sally, alltså MDA, finns på festivalen. Sally håller en vaken i ett dygn.",
])
def test_a_glossed_street_name_stays_throughout_the_text(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Kokain heter Pablo på stan, skrattade Pablo när vi frågade.", "Pablo"),
    ("Amfetamin kallas Billy här. Billy ringde i morse och lät nykter.", "Billy"),
    ("People call heroin Henry. My cousin Henry hates the joke.", "Henry"),
    ("Emma står för morfin. Emma, 16 år, kom till mottagningen.", "Emma"),
    ("Henry (heroin) är vanligt. Kuratorn Henry har pratat med klassen.", "Henry"),
])
def test_a_person_named_like_the_glossed_word_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "Kontakt: Ahmed (Lyrica). Ahmed har inte svarat sedan i fredags.",
    "Sara = Xanor enligt listan. Sara har inte kommit till mötet.",
])
def test_a_ledger_naming_a_brand_beside_someone_glosses_no_one(text: str) -> None:
    # who bought what: a brand in brackets or after `=` is no gloss of a given name
    assert persons(text)


@pytest.mark.parametrize(("text", "drug", "name"), [
    ('Eleverna kallar honom "tjack-Anton" efter det som hände.', "tjack", "Anton"),
    ("Han handlade av kola-Jimmy i Hagsätra.", "kola", "Jimmy"),
])
def test_a_lower_case_drug_glued_to_a_nickname_stays_and_the_name_is_masked(
        text: str, drug: str, name: str) -> None:
    found = persons(text)
    assert name in found
    assert not any(drug in f for f in found)


@pytest.mark.parametrize("text", [
    "Henry är billigt i Gävle nu, säger fältassistenterna.",
    "Flera tror att Emma inte är farligt om man tar lite.",
    "Pablo har blivit vanligt på gymnasiefesterna.",
])
def test_a_given_name_said_in_the_neuter_is_a_substance(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Henry är farlig när han har druckit, säger grannen.", "Henry"),
    ("Emma är trött efter helgen och vill inte prata.", "Emma"),
    ("Pablo är farligt nära att förlora sin lägenhet.", "Pablo"),
])
def test_a_person_said_in_the_common_gender_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    'Två vakter hittade "Henry" och en ask Rivotril i hennes handväska.',
    "På festen delade de på Emma och tre tabletter Xanor.",
    "Provet visade att Jack innehöll fentanyl och inget heroin.",
])
def test_an_unlisted_street_name_beside_a_substance_in_its_sentence_is_the_drug(
        text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Emma erbjöd mig kokain på toaletten men jag sa nej.", "Emma"),
    ("Henry sa att han slutat med Subutex i somras.", "Henry"),
    ("Klienten Jack har tagit Sobril i flera år.", "Jack"),
])
def test_a_person_named_so_beside_a_substance_stays(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "Vakten såg att de delade Henry vid garderoben.",
    "Flera på festen erbjöds Emma för 300 kr.",
    "A lad was selling Jack outside the station.",
])
def test_an_unlisted_street_name_traded_somewhere_is_the_drug(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Mamman sålde Henry sin gamla bil i våras.", "Henry"),
    ("Vi erbjöd Emma ett samtal med kuratorn.", "Emma"),
])
def test_a_person_sold_or_offered_something_stays(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "Efter Molly mådde hon illa hela söndagen.",
    "På Tina mår man bra i ett dygn, sedan kommer ångesten.",
])
def test_a_street_name_in_a_fronted_phrase_is_no_speaker(text: str) -> None:
    assert persons(text) == []


def test_a_street_name_before_a_verb_only_people_do_stays_a_person() -> None:
    assert "Molly" in persons("Molly mådde dåligt efter festen och ringde mig.")
