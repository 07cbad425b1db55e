"""Places abroad that are people's names too (a country, a city, a region) are places right
after a place preposition, and a listed place of several words or a compass point before a
continent is one anywhere; the same word beside a surname or a person cue stays a person."""

from __future__ import annotations

import pytest

from .kit import found

PAIRS = [
    ("a country that is a given name, after from",
     "The strips were bought online, shipped from India in a padded envelope.",
     "The strips were bought online, shipped from India Novak in a padded envelope."),
    ("a city that is a given name, after a Portuguese preposition",
     "Ele voltou da festa em Salvador com frascos de lança-perfume.",
     "Ele voltou da festa com Salvador Mendes e frascos de lança-perfume."),
    ("a compass point and a continent",
     "Tramadol of 225 mg is sold widely in East Africa according to the report.",
     "Tramadol of 225 mg was sold to Rehema Mwangi according to the report."),
    ("a place of two words spelled out, on a route",
     "Resan gick Chiang Mai–Bangkok med nattåg, sedan hem till Arlanda.",
     "Resan gick med nattåg, sedan hem med Malin Chiang till Arlanda."),
    ("a Cyrillic place after a Russian preposition",
     "Таблетки он привёз из Вильнюса, говорит сосед.",
     "Таблетки ему дала Ольга Смирнова, говорит сосед."),
    ("a Greek place after a Swedish preposition",
     "Han köpte pillren i Ηράκλειο under semestern.",
     "Han köpte pillren av Γιώργος Παπαδάκης under semestern."),
]


@pytest.mark.parametrize(("family", "place", "person"), PAIRS, ids=[p[0] for p in PAIRS])
def test_place_abroad_stays_and_person_is_masked(family: str, place: str, person: str) -> None:
    assert found(place, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Hälsningar från Florence",  # a given name common here may sign off
    "Hon ringde och berättade det för Maria i Valencia igår.",
    "Ένα μήνυμα στην Μαρία από τον αδερφό της.",
])
def test_person_near_a_place_abroad_stays_a_person(text: str) -> None:
    assert found(text, "PERSON") != []


def test_a_greek_wish_names_a_feast_and_the_sender_stays() -> None:
    text = "Ευχαριστούμε για τη βοήθεια. Καλά Χριστούγεννα! Σοφία Νικολάου"
    assert found(text, "PERSON") == ["Σοφία Νικολάου"]


HEADED = [
    ("a Romance place word and its link",
     "Kroppen hittades på Playa de las Teresitas i gryningen.",
     "Kroppen hittades av Teresa Holmén i gryningen."),
    ("a German place adjective and its noun",
     "Der Handel läuft am Hallesches Tor, sagt die Polizei.",
     "Die Polizei sprach mit Hanna Tornquist, sagt die Meldung."),
]


@pytest.mark.parametrize(("family", "place", "person"), HEADED, ids=[p[0] for p in HEADED])
def test_headed_place_abroad_stays_and_person_is_masked(family: str, place: str,
                                                         person: str) -> None:
    assert found(place, "PERSON") == [], family
    assert found(person, "PERSON") != [], family


@pytest.mark.parametrize("text", [
    "Vi träffade Sierra Holmgren på stranden i går.",
    "Vi träffade José de la Torre i baren i går.",
])
def test_a_name_that_opens_or_ends_with_a_place_word_stays(text: str) -> None:
    assert found(text, "PERSON") != []
