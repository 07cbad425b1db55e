"""PERSON families beyond single listed names: particles, diacritics, roles, lists of names;
each beside text of the same shape that holds no name."""

from __future__ import annotations

import pytest

from .kit import found

NAMES = [
    ("lower-case Arabic particle", "Klienten Ahmad al-Rashid kom in påverkad.",
     ["Ahmad al-Rashid"]),
    ("two particles", "Maria de la Cruz kom från Spanien.", ["Maria de la Cruz"]),
    ("Kurdish name with circumflexes", "2026-06-30\tZîlan Xoşnaw\tSuboxone", ["Zîlan Xoşnaw"]),
    ("Kurdish surname shape", "Vi träffade Şêrko Berzincî i går.", ["Şêrko Berzincî"]),
    ("Tigrinya surname shape", "Mebrat Gebrekidan kom från Eritrea.", ["Mebrat Gebrekidan"]),
    ("a role before a name that is a word", "Rådgivare: Sanna", ["Sanna"]),
    ("a guard's title", "Ordningsvakt Solveig hittade honom.", ["Solveig"]),
    ("a place that is a given name, listed with a name", "Volontärer: Nora och Kasper F.",
     ["Nora", "Kasper F."]),
    ("a word that is a given name, listed with a name", "Meddela Lina eller Petra.",
     ["Lina", "Petra"]),
    ("an unlisted nickname beside a given name", "Kontaktspårning: Nilla och Ronny.",
     ["Nilla", "Ronny"]),
    ("a name that is a word after a cue word", "Enligt Ebba var det rena ämnen.", ["Ebba"]),
    ("the real name after 'heter egentligen'", "Killen heter egentligen Dragan.", ["Dragan"]),
]


@pytest.mark.parametrize(("what", "text", "names"), NAMES)
def test_names_are_found(what: str, text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names, what


NOT_NAMES = [
    ("a municipality in a list of places", "Beslag i Nora och Lindesberg i helgen."),
    ("street names in a list", "De tog Molly och Tina, sedan Gina."),
    ("an unlisted drug after a relation word and a drug verb", "Klienten tog Xanor i går."),
    ("a new substance after a relation word and a drug verb", "Sonen köpte Bromazolam."),
    ("Swedish brands", "Propavan, Theralen och Lergigan förskrivs."),
    ("a role word alone", "Ordningsvakten ringde 112 från Slussen."),
]


@pytest.mark.parametrize(("what", "text"), NOT_NAMES)
def test_places_drugs_and_roles_are_no_names(what: str, text: str) -> None:
    assert found(text, "PERSON") == [], what
