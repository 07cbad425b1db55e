"""Given names counted as pills, headed by a pill's word, sold, warned of, sized as a bag or
denied stand for a drug (drugcounted.py, traded.py); each drug sentence beside a person
sentence of the same name, which must keep its name found. A name put after its verb as the
subject (`Igår köpte Erik en bil`) or given something (`sålde Tilde sin cykel`) is someone."""

from __future__ import annotations

import pytest

from mailgate.scan import scan

# (what the frame is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("a count of pills in drug talk",
     "Han hade tagit fyra Jerry och två tramadol innan festen.",
     "Han hade tagit bussen med Jerry och två kompisar innan festen.", "Jerry"),
    ("a count in words in drug talk",
     "Vid visitationen låg tolv Valle i en burk under sängen, alla diazepam.",
     "Vid visitationen låg Valle i sängen och sov, sa vakten.", "Valle"),
    ("a count at a sentence's start",
     "Fem Rose i en plastpåse, säljaren sa att de var MDMA.",
     "Rose Lind sa att säljaren hade MDMA i en plastpåse.", "Rose"),
    ("a pill's word before the name",
     "Testet visade att pillret Rose innehöll 240 mg MDMA.",
     "Testet visade att Rose hade tagit 240 mg MDMA.", "Rose"),
    ("sold, unquoted",
     "Killarna i tältet sålde Tilde i små påsar hela natten.",
     "Killarna i tältet ringde Tilde i små pauser hela natten.", "Tilde"),
    ("a street name warned of in drug talk",
     "Hon bad mig ta det lugnt med Henry, heroinet är starkt nu.",
     "Hon bad mig ta det lugnt med Henry, han är ny på heroinmottagningen.", "Henry"),
    ("a bag sized by a name",
     "Someone sold a Henry sized bag of heroin behind the station.",
     "Someone told Henry about a bag of heroin behind the station.", "Henry"),
    ("a name denied",
     "Jag tar inte heroin och jag heter inte Henry, jag heter Henrik Ek.",
     "Han heter Henry och tar inte heroin, säger han.", "Henry"),
]

# Someone put after a verb of taking or selling as its subject, or given something.
PEOPLE_AFTER_THE_VERB = [
    ("Igår köpte Erik en ny bil.", "Erik"),
    ("I helgen sålde Tilde sina gamla kläder på loppis.", "Tilde"),
    ("Sen tog Henry bussen hem.", "Henry"),
    ("Vi har två Emma i klassen och de sa att ingen rökt.", "Emma"),
    ("Vi ses kl 14 Anna och jag, vi tar bussen.", "Anna"),
    ("I fjol sålde Erik huset och köpte en bil.", "Erik"),
    ("En Maria från Solna ringde i går om tabletterna.", "Maria"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_the_drug_and_the_person(frame: str, drug: str, person: str, name: str) -> None:
    drug_at = drug.index(name)
    person_at = person.index(name)
    assert not any(s <= drug_at < e for s, e in _persons(drug)), frame
    assert any(s <= person_at < e for s, e in _persons(person)), frame


@pytest.mark.parametrize(("text", "name"), PEOPLE_AFTER_THE_VERB)
def test_someone_after_the_verb(text: str, name: str) -> None:
    at = text.index(name)
    assert any(s <= at < e for s, e in _persons(text))


def test_bought_from_someone_beside_its_buyer() -> None:
    text = "Benny köpte Benny av en bekant och somnade på bussen."
    at = text.rindex("Benny")
    persons = _persons(text)
    assert not any(s <= at < e for s, e in persons)
    assert any(s == 0 for s, _ in persons)


@pytest.mark.parametrize("text", [
    "Anna Berg kom in. Sen tog Anna fram telefonen.",
    "Anna Berg kom in med heroin. Sen köpte Anna av honom.",
])
def test_the_subject_after_its_verb_repeats(text: str) -> None:
    at = text.rindex("Anna")
    assert any(s <= at < e for s, e in _persons(text))


def test_still_taken_more_than_once() -> None:
    text = "Han tog Henry en gång till och svimmade."
    at = text.index("Henry")
    assert not any(s <= at < e for s, e in _persons(text))


def _persons(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in scan(text) if f.type == "PERSON"]
