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
    ("a surname that is a word, listed with a surname", "efternamnet Grahn eller Gran.",
     ["Grahn", "Gran"]),
    ("the writer after a closing word on the same line", "Thanks!! Jaylen", ["Jaylen"]),
    ("a Norwegian closing word", "Hilsen, Kari", ["Kari"]),
    ("a given name in lower case before a surname", "Eleven zorica Ibrahim bor i Kil.",
     ["zorica Ibrahim"]),
    ("two unlisted names in a list", "Vi pratade med Dritan och Oghenekaro vid centrum.",
     ["Dritan", "Oghenekaro"]),
    ("an unlisted name after an age noun", "En 16-åring, Edvina, berättade om Xanax.",
     ["Edvina"]),
    ("capitals after a person label", "PATIENT: LAVDIM WARSAME. INKOM den 1 oktober MED FEBER.",
     ["LAVDIM WARSAME"]),
    ("a person after an organisation's word", "Police Officer John Smith called us.",
     ["John Smith"]),
    ("a person before a foundation", "Hälsningar Anna Berg Stiftelsen Bryggan", ["Anna Berg"]),
    ("a person after a pharmacy's name", "Kontakt: Apoteket Kronan Lisa Berg", ["Lisa Berg"]),
    ("a person after a municipality", "Socialtjänsten Malmö Kommun Anna Svensson ringde.",
     ["Anna Svensson"]),
    ("a person before a health centre", "Ring Karin Holm Vårdcentralen Näsby", ["Karin Holm"]),
    ("a Swedish chat name that is a Norwegian word", '"hej det är ville, ses?"', ["ville"]),
    ("a name before a label in a fax", "Re :  Mr  Henning  Lundqvist    DOB  07 / 09 / 1982",
     ["Henning  Lundqvist"]),
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
    ("an English organisation", "A note from the Harm Reduction Coalition in Philadelphia."),
    ("an embassy", "The liaison office at DEA (US Embassy Stockholm) called."),
    ("a hospital of a city", "F A X  -  Royal Infirmary of Edinburgh     Page 1 of 1"),
    ("a Norwegian agency", "Mvh fra Kripos og Tolletaten"),
    ("Norwegian and Danish function words",
     "Hei alle sammen, jeg skriver og ikke ringer efter indtag af isotonitazen."),
    ("capitals after a label, no known name", "PATIENT: OKÄND MAN. INKOM MED AMBULANS."),
    ("a lower-case word before a place", "vi åkte till lund i går"),
]


@pytest.mark.parametrize(("what", "text"), NOT_NAMES)
def test_places_drugs_and_roles_are_no_names(what: str, text: str) -> None:
    assert found(text, "PERSON") == [], what
