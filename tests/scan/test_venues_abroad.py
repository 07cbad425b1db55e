"""Venues, institutions, ships, clubs, flights and streets abroad whose names read like
people's are things; beside each, the same shape with a person's name stays a person."""

from __future__ import annotations

import pytest

from .kit import found

PAIRS = [
    ("a venue's tail in the run",
     "Efter stängning fortsatte festen på Mimosa Lounge nere vid hamnen.",
     "Efter stängning fortsatte festen hos Mimosa Lindgren nere vid hamnen."),
    ("a surname-like tail after a given name common here",
     "Two of them were sold MDMA at Harmony Bar near the beach.",
     "Two of them were sold MDMA by Anna Bar near the beach."),
    ("a club's letters after the run",
     "Supportrarna från Valencia CF hade med sig lustgas till bortamatchen.",
     "Supportrarna hade med sig lustgas, enligt Rosa Valenzuela till bortamatchen."),
    ("a family practice, not a family",
     "Hon fick hjälp på Family Dental Clinic i Pattaya efter fallet.",
     "Hon fick hjälp av familjen Ekdahl i Pattaya efter fallet."),
    ("a hospital's word abroad",
     "Han fördes till Hospital Quirón efter att ha tagit tabletterna.",
     "Han fördes till sjukhuset av Quirino Bellandi efter tabletterna."),
    ("a ship's name before of the",
     "Incident report from Serenade of the Seas, deck 9, cabin 9214.",
     "Incident report from Serena Okafor, deck 9, cabin 9214."),
    ("an idea after a temple's of",
     "The drop-in is held at the Temple of Harmony every Thursday.",
     "The drop-in is held by Harmony Osei every Thursday."),
    ("an airline and its flight",
     "Kvarlevorna flygs hem med Vueling VY 1266 på fredag.",
     "Kvarlevorna flygs hem av Vera Vuolo på fredag."),
    ("a street abroad with its word apart",
     "Kontor: Kalevi mnt 5, Tallinn.",
     "Kontakt: Kalevi Mets, Tallinn."),
    ("a German street compound",
     "Hon bodde vid Karl-Marx-Straße i Berlin.",
     "Hon bodde hos Karl-Heinz Schulte i Berlin."),
    ("a church's own name",
     "Mötet hölls i kyrkan Medhane Alem i Rinkeby i söndags.",
     "Mötet leddes av Medhane Tesfay i Rinkeby i söndags."),
]


@pytest.mark.parametrize(("family", "thing", "person"), PAIRS, ids=[p[0] for p in PAIRS])
def test_thing_abroad_stays_and_person_is_masked(family: str, thing: str, person: str) -> None:
    assert found(thing, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Passenger Ebba Holm SK 1420 was met at the gate by paramedics.",
    "Consul Lars Palm of the Swedish Embassy called us on Monday.",
])
def test_person_beside_a_flight_or_an_of_stays(text: str) -> None:
    assert found(text, "PERSON") != []


LODGINGS = [
    ("a guesthouse named after its owner", "Vi sov två nätter på Pensión Lucía i Cádiz.",
     "Vi sov två nätter hos Lucía Paredes i Cádiz."),
    ("an eatery's head before its name", "Tabletterna såldes utanför Ristorante Da Enzo.",
     "Tabletterna såldes av Enzo Bellucci utanför."),
    ("a clinic named after its doctor, by surname only",
     "Hon fick remiss till Clínica Doctor Ferrándiz i Altea.",
     "Hon fick remiss av Dra. Inés Ferrándiz i Altea."),
]


@pytest.mark.parametrize(("family", "thing", "person"), LODGINGS, ids=[p[0] for p in LODGINGS])
def test_lodging_abroad_stays_and_owner_is_masked(family: str, thing: str, person: str) -> None:
    assert found(thing, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Ring Clínica Dr. Ana Ruiz Pérez på telefon, hon har journalen.",
    "Kontakta Hospital Officer Agnes Berg om provet.",
])
def test_a_doctor_or_officer_after_a_care_head_stays(text: str) -> None:
    assert found(text, "PERSON") != []


STREETS = [
    ("a square named after a person", "Mottagningen ligger vid Plaza Blas Infante 4 i Málaga.",
     "Mottagningen leds av Blas Infantes, ring honom i Málaga."),
    ("an Italian street after Via and before its number",
     "Lo studio è in Via Alessandro Manzoni 18, secondo piano.",
     "Lo studio è di Alessandro Manzoni, secondo piano."),
    ("a Norwegian street in the genitive", "Kontoret flyttet til Henrik Ibsens gate 12 i fjor.",
     "Kontoret ble flyttet av Henrik Ibsen i fjor."),
]


@pytest.mark.parametrize(("family", "street", "person"), STREETS, ids=[p[0] for p in STREETS])
def test_street_abroad_stays_and_person_is_masked(family: str, street: str, person: str) -> None:
    assert found(street, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


def test_swedish_via_before_a_person_stays() -> None:
    assert found("Via Agnes Lundin fick vi tag på tabletterna.", "PERSON") != []


NAMED_BY_OF_OR_NATION = [
    ("a kennel's name after a capitalised word and of",
     'Valparna "Silver Star of Linnea" är registrerade hos kennelklubben.',
     "Valparna är registrerade av Linnea Lindahl hos kennelklubben."),
    ("an organisation opened by a nationality",
     "Please forward this to the Estonian Seafarers Union before Friday.",
     "Please forward this to Kertu Saar before Friday."),
]


@pytest.mark.parametrize(("family", "thing", "person"), NAMED_BY_OF_OR_NATION,
                         ids=[p[0] for p in NAMED_BY_OF_OR_NATION])
def test_named_by_of_or_nation_stays_and_person_is_masked(
        family: str, thing: str, person: str) -> None:
    assert found(thing, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Mother of Agnes Berg called the ward twice.",
    "Danish Ali called from the mosque about his nephew.",
])
def test_a_person_after_of_or_a_nationality_word_stays(text: str) -> None:
    assert found(text, "PERSON") != []


def test_a_persian_street_by_its_ezafe_and_the_poet_alone() -> None:
    assert found("Their office is on Meydan-e Saadi, near the bazaar.", "PERSON") == []
    assert found("Their office was opened by Saadi Rahimi, near the bazaar.", "PERSON") != []


def test_a_pharmacy_named_after_a_saint_is_no_one() -> None:
    assert found("Hon hämtade ut tabletterna på Farmacia San Telmo i Cádiz.", "PERSON") == []
