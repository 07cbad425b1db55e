"""A venue's, a company's or a public body's address is no one's home (workplace.py): after a
venue's label, a venue's name after that label, a company's legal form, a public body's
premises before `på`, or with opening hours after it. A home in the same frames is found."""

from __future__ import annotations

import pytest

from .kit import found

NOT_A_HOME = [
    ("a course's room", "Föreläsning om GHB.\nKurslokal: Nämndemansgatan 4, sal 3."),
    ("an assembly point", "Vid strömavbrott – samlingsplats: Idrottsvägen 18."),
    ("a shelter", "Ditt närmaste skyddsrum: Bergsprängargatan 2."),
    ("an English venue", "Venue: Fabriksgatan 30, second floor."),
    ("a venue named after the label", "Mötesplats: Bygdegården Norrtuna, Tallåsvägen 6."),
    ("a company's post box", "Fakturaadress: Kemilager Väst AB, Box 2210."),
    ("a company's street", "Provet hämtades av Analyslabbet Norr AB, Smältverksvägen 9."),
    ("a clinic's premises", "Hämta ut naloxon på mottagningen på Läkarvägen 12."),
    ("premises that moved", "Vårdcentralen har flyttat till Brunnsgatan 21."),
    ("opening hours after it", "Vi har flyttat till Verkstadsgränd 5, öppet vardagar 8–16."),
    ("English opening hours", "Find us at Sjögatan 44, open daily 10–18."),
]

A_HOME = [
    ("a home address label", "Klient: Mira Holm\nHemadress: Nämndemansgatan 4, lgh 1203.",
     "Nämndemansgatan 4"),
    ("a home after an assembly label", "Samlingsplats: hemma hos Tove, Idrottsvägen 18.",
     "Idrottsvägen 18"),
    ("a person's item after a venue label", "Mötesplats: Anders Lund, Tallåsvägen 6.",
     "Tallåsvägen 6"),
    ("a sole trader's firm", "Säljare: Holms Snickeri, Ida Holm, Smältverksvägen 9.",
     "Smältverksvägen 9"),
    ("a flat in prose", "Lägenheten på Läkarvägen 12 var öppen när vi kom.", "Läkarvägen 12"),
    ("a home that moved", "Hon har flyttat till Brunnsgatan 21 med sin dotter.",
     "Brunnsgatan 21"),
    ("a window open at home", "Han bor på Verkstadsgränd 5, fönstret stod öppet hela natten.",
     "Verkstadsgränd 5"),
]


@pytest.mark.parametrize(("voice", "text"), NOT_A_HOME)
def test_a_venues_or_a_companys_address_is_no_ones(voice: str, text: str) -> None:
    assert found(text, "ADDRESS") == [], voice


@pytest.mark.parametrize(("voice", "text", "home"), A_HOME)
def test_a_home_in_the_same_frames_is_found(voice: str, text: str, home: str) -> None:
    assert any(home in hit for hit in found(text, "ADDRESS")), voice
