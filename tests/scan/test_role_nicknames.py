"""A nickname in quotes after a role, or of someone one got something from, is masked; a drug,
an agency or a shop in the same place is not."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ('På bygget säljer brigadledaren "Rallan" amfetamin till arbetarna.', "Rallan"),
    ('Seller "Hälsinge" seen on Thursday near zone F.', "Hälsinge"),
    ('Han berättar om en lagkamrat, "Pannkakan", som sålde Subutex.', "Pannkakan"),
    ('Truckföraren "Mackan" delar ut piller på rasten.', "Mackan"),
])
def test_a_nickname_after_a_role_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ('Steroiderna var köpta från "Bullis" på gymmet.', "Bullis"),
    ('Han har fått drycken av "Tjocken" i butiken.', "Tjocken"),
    ('"Ringo" gave her a bag of powder behind the bar.', "Ringo"),
])
def test_a_nickname_one_got_something_from_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    'Jag köpte från "Apoteket" i går.',
    'Hon fick tabletterna av "Vårdcentralen" i fredags.',
    '"Ecstasy" gav honom hjärtklappning hela natten.',
    'Mottagaren "Polisen" har fått rapporten i dag.',
    'Spelaren "Tesla"-pillren låg i fickan.',
])
def test_shops_agencies_and_drugs_in_those_places_stay(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ('Värden ("Kapten Krok", riktiga namnet Ove Sand) bjöd på piller.', "Kapten Krok"),
    ("The bouncer, Tank (his real name is Dario Pesce), saw it all.", "Tank"),
    ('"Sockret" är ett smeknamn, han heter egentligen något annat.', "Sockret"),
])
def test_a_nickname_glossed_with_a_real_name_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    '"Kristall" är ett smeknamn på metamfetamin.',
    "Ecstasy (real name: MDMA) sold as pills.",
])
def test_a_nickname_for_a_drug_stays(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_quoted_name_passed_on_with_a_number_word_is_found() -> None:
    assert "Charlie" in found('He booked the room as "Charlie", number +46 70 174 06 31.',
                              "PERSON")


def test_a_pill_name_with_a_number_word_stays() -> None:
    assert found('Pillren kallades "Gina", nummer 070-174 06 12 stod på lappen.',
                 "PERSON") == []
