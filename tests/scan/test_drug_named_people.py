"""People whose given names are also drugs' street names (Tina, Molly, Gina, Charlie) are
found where the text speaks of them as people; the same words stay drugs where it does not."""

from __future__ import annotations

import pytest

from .kit import found

PEOPLE = [
    ("a speech verb", "Molly sa att hon mådde illa efter festen.", "Molly"),
    ("a relative clause of a person", "Tina som jobbar i kassan är schysst.", "Tina"),
    ("greeted", "Hej Gina! Tack för i lördags.", "Gina"),
    ("beside a pronoun", "Charlie och jag gick hem vid tre.", "Charlie"),
    ("a speech verb in English", "Molly said she felt sick after the party.", "Molly"),
    ("a role before her quoted name", 'Bartendern "Mandy" såg en kille hälla något.', "Mandy"),
    ("a role before her name", "I kassan satt kassören Molly hela kvällen.", "Molly"),
]


@pytest.mark.parametrize(("voice", "text", "name"), PEOPLE)
def test_a_drug_named_person_spoken_of_as_one(voice: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), voice


DRUGS = [
    ("a drug that kicks in", "Tina gör dig vaken i två dygn."),
    ("a drug's effect", "Mollys effekt kom efter en timme."),
    ("a drug and a pronoun", "Jag och Tina är ingen bra kombination."),
    ("bought", "Han köpte Charlie för 800 kr."),
    ("a drug mixed", "Gina och alkohol är livsfarligt."),
    ("a seller's wares", "Säljaren hade Tina och Gina i fickan."),
    ("a question word before", "Fråga varför Molly inte betyder rent."),
]


@pytest.mark.parametrize(("voice", "text"), DRUGS)
def test_the_same_words_as_drugs_stay(voice: str, text: str) -> None:
    assert found(text, "PERSON") == [], voice


# A given name that is also a pill's or drug's name, then a surname no list holds.
WITH_A_SURNAME = [
    ("Elsa Hjortlid sa på akuten att någon hällt något i drinken.", "Elsa Hjortlid", True),
    ("Kuratorn pratade länge med Tina Ödegrann efteråt.", "Tina Ödegrann", True),
    ("Beslaget: Elsa Frozen, blå, 40 st.", "Elsa Frozen", False),  # a print, an English word
    ("Blå Elsa Tabletter hittades i garderoben.", "Elsa Tabletter", False),  # a pill word
    ("Han köpte Tina Kristall i parken.", "Tina Kristall", False),  # a drug word
]


@pytest.mark.parametrize(("text", "name", "person"), WITH_A_SURNAME)
def test_a_drug_named_given_name_before_an_unlisted_surname(text: str, name: str,
                                                           person: bool) -> None:
    assert (name in found(text, "PERSON")) is person, text


# A given name common here that only a pill's print (Elsa, Mario, Ken) makes a drug's word:
# the person far from any pill talk, the print beside it.
PRINTED_NAMES = [
    ("Vi hämtade Elsa på förskolan vid tre.", True),
    ("Jag har lagt den högt upp i skåpet. Elsa åt inget, jag lovar!", True),
    ("Mario hjälpte oss att bära in soffan i går.", True),
    ("Pillren var rosa Elsa med 200 mg.", False),
    ("Det cirkulerar Elsa i Malmö nu, se upp.", False),
    ("Stämpeln var en Mario, blå.", False),
    ("Beslaget: Elsa Frozen, blå, 40 st.", False),
]


@pytest.mark.parametrize(("text", "person"), PRINTED_NAMES)
def test_a_pill_prints_given_name_is_someone_far_from_pills(text: str, person: bool) -> None:
    assert bool(found(text, "PERSON")) is person, text
