"""A given name that is also a drug's street name is someone's when it is called, texted or
asked (`ring Lucy`), when a relation or role stands in brackets after it (`Mandy
(kollega)`), or when it is joined to a full name found (`Alf Björk och Tina`); the same words
stay drugs beside their amounts, substances and other drugs."""

from __future__ import annotations

import pytest

from .kit import found

SIDE_BY_SIDE = [
    ("called", "Ring Lucy innan ni åker, hon vet vägen.", "Lucy",
     "Ta aldrig Lucy innan ni åker, det slår hårt.", "Lucy"),
    ("texted", "ska jag sms:a Tina om nyckeln?", "Tina",
     "ska jag blanda Tina med öl?", "Tina"),
    ("asked in English", "Ask Molly where the bus leaves from.", "Molly",
     "Mixing Molly with alcohol is risky.", "Molly"),
    ("a colleague in brackets", "Mandy (kollega) ringde 112 när han föll.", "Mandy",
     "Mandy (MDMA) gav honom kramper.", "Mandy"),
    ("a sister in brackets", "Gina (min syster) hämtade mig vid tolv.", "Gina",
     "Gina (2 ml) räckte för att han somnade.", "Gina"),
    ("beside a full name", "Utdelat av Alf Björk och Tina vid tältet.", "Tina",
     "Hos Alf Björk hittades kokain och Tina i en påse.", "Tina"),
    ("before a full name", "Lucy och Sara Holm skötte kassan.", "Lucy",
     "Lucy och Keta såldes vid scenen.", "Lucy"),
]


@pytest.mark.parametrize(("voice", "person_text", "person", "drug_text", "drug"),
                         SIDE_BY_SIDE)
def test_a_drug_named_person_beside_the_drug(voice: str, person_text: str, person: str,
                                             drug_text: str, drug: str) -> None:
    assert person in found(person_text, "PERSON"), voice
    assert drug not in found(drug_text, "PERSON"), voice


def test_an_amount_after_keeps_the_drug() -> None:
    assert "Tina" not in found("Anna Berg och Tina 2 g i fickan.", "PERSON")
