"""Drug names the earlier rules missed (bench/pii/drug_names_unseen2.py): a generic with its
maker after it, a new substance's class stem or code after a lab method read as a title,
research chemicals coded like a number plate, Swedish generic spellings and pill logos. Each
beside the look-alike that stays flagged: a person, a car's plate, a dealer's nickname."""

from __future__ import annotations

import pytest

from mailgate.scan import scan
from mailgate.scan.drugshape import drug_shaped

from .kit import flagged, found


@pytest.mark.parametrize("text", [
    "Oxikodon Evolan hittades i provet.",
    "Pregabalin Glenmark 75 mg saknas vid inventeringen.",
    "Kvetiapin Accord och Mirtazapin Bluefish enligt listan.",
    "Resultat LC-MS/MS: Protonitazepyne positiv, fentanyl negativ.",
    "LC-MS/MS: Etonitazepipne 0,8 ng/ml, inga andra opioider.",
    "Two tabs of ETH-LAD and one of AL-LAD were handed in for testing.",
    "JWH-018 hittades i rökblandningen.",
    "Fynd: JWH 018 ca 2 g och SDB-006 på växtmaterial",
    "Han köpte ACP-105 och ARA-290 på en sida i Kina.",
    "Harley Quinn-pillren är tillbaka, 240 mg MDMA.",
    "Warning: Harley Quinn tablets tested at 270 mg MDMA.",
    "Snö och Vita Damen är samma sak, säger ungdomarna.",
    "Mr Nice kallas hasch från Marocko ibland.",
    "Han köpte Kush och Haze av en kille i Bergsjön.",
])
def test_the_drug_stays_readable(text: str) -> None:
    assert flagged(text) == [], text


@pytest.mark.parametrize(("text", "name"), [
    ("Kristall Nilsson ringde igår om sin son.", "Kristall Nilsson"),  # a street name, a surname
    ("Molly Svensson hämtade ut medicinen.", "Molly Svensson"),  # a given name first
    ("Mona Lisa Andersson ringde från skolan.", "Mona Lisa Andersson"),
    ("Hej Mona, Lisa och Tom kommer i morgon.", "Lisa"),
    ("Ms Ekholm ringde om provsvaret.", "Ms Ekholm"),
    ("Killen kallas tina av alla i klassen.", "tina"),  # a given name in lower case
    ("Vita damen i huset heter Greta Lind.", "Greta Lind"),
    ("Vi pratade med Kush Patel om hans brors rökande.", "Kush Patel"),  # a strain's word
    ("Kollegan Haze Olofsson ringde från fältet.", "Haze Olofsson"),
])
def test_a_person_named_beside_them_stays(text: str, name: str) -> None:
    assert any(name in person for person in found(text, "PERSON")), text


def test_a_plate_after_its_own_word_stays_a_plate() -> None:
    assert found("Bilen har regnr JWH 018 och står i garaget.", "PLATE") == ["JWH 018"]


def test_a_dealer_glued_to_a_drug_keeps_his_name_masked() -> None:
    assert any(f.text == "Tommy" for f in scan("Köpte av Tramadol-Tommy på Snapchat."))


@pytest.mark.parametrize("word", ["AL-LAD", "ETH-LAD", "1P-ETH-LAD", "4-HO-DMT", "3-FPM-PCP"])
def test_a_class_code_after_a_hyphen_is_a_substance(word: str) -> None:
    assert drug_shaped(word)


@pytest.mark.parametrize("word", ["Anna-Lena", "Karl-Johan", "Al-Ali", "Lad", "Al-Lade"])
def test_hyphened_names_are_no_codes(word: str) -> None:
    assert not drug_shaped(word)
