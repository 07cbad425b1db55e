"""A phone's contact list quoted in an extraction report: every contact's name is someone's,
also a drug's street name or a kin word; organisations in the list and a single quoted name
before a number are not read as such a list. One quoted given name passed on with a number
is someone's, unless a naming verb gave it to a thing."""

from __future__ import annotations

import pytest

from .kit import found

CONTACTS = (
    "Bilaga 3, kontakter ur telefonen (urval):\n"
    '"Gina"\t0701740622\t12 samtal\n'
    '"Ruben K"\t070-174 06 31\tköpare enligt chatten\n'
    '"Farbror"\t08-465 004 12\tingen koppling\n'
    '"Ellis-grabben"\tdolt nummer\tleverantör\n'
)


def test_every_contact_in_the_list_is_someone() -> None:
    people = found(CONTACTS, "PERSON")
    assert {"Gina", "Ruben K", "Farbror"} <= set(people)


def test_a_contact_without_a_number_is_not_read_as_the_lists() -> None:
    assert "Ellis-grabben" not in found(CONTACTS, "PERSON")


def test_organisations_in_the_list_stay_unmasked() -> None:
    text = ('"Apotek Hjärtat"\t0771-405 405\tapotek\n'
            '"Ruben K"\t070-174 06 31\tköpare\n')
    assert found(text, "PERSON") == ["Ruben K"]


def test_one_quoted_word_before_a_number_is_no_list() -> None:
    text = 'Pillren kallades "Gina"\t070-174 06 31 stod på lappen.'
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ('Han fick kontakten: "Jonas", +44 7700 900694, via en vän.', "Jonas"),
    ('Ring "Tina" 070-174 06 22 om du vill köpa.', "Tina"),
])
def test_a_quoted_given_name_passed_on_with_a_number(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_quoted_pill_before_a_number_is_no_one() -> None:
    assert found('Pillret "Tesla" 0701740622 enligt sms:et.', "PERSON") == []
