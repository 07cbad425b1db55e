"""struct15's families: plates typed onto `reg`, in lower case after a car's handling verb,
before its moves, with a definite ending or without a vowel in a text about vehicles;
Lithuania's, Czechia's and the Netherlands' plates near a vehicle word; a list's item after a
code's label; a personnummer typed onto `ID`; a Swedish mobile after 46 without its +. Each
beside the look-alikes that stay unflagged."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize(("text", "plate"), [
    ("dragbil regBJK126 byter däck torsdag", "BJK126"),
    ("Hittad: nummerplåtBJK126 i diket", "BJK126"),
    ("Ta dwn 067 till Arlanda, nyckeln i lådan.", "dwn 067"),
    ("han tankade czw 881 i går", "czw 881"),
    ("Vi såg czw 88a svänga in på gården.", "czw 88a"),
    ("såg czw 881 backa ut från platsen", "czw 881"),
    ("krt 491:an är såld", "krt 491"),
    ("Skaderapport hyrbil\nkxt482 återlämnad med repor", "kxt482"),  # a vehicles' text
    ("Bilen såg bra ut.\nnyckeln till kxt482 ligger i lådan", "kxt482"),
])
def test_plates_typed_onto_reg_and_lower_case_ones_cued_by_a_cars_verbs(
        text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "regionABC123 i filnamnet",  # a word starting like `reg`
    "lånade bok 123 på biblioteket",  # a word's letters after a lending verb
    "ta ett 979 om dagen",
    "flytta rum 123 till plan 2",
    "kim123:s inlägg i tråden",  # a user's genitive, no definite ending
    "kurs abc 123 körs i vår",
    "Användaren ola123 blockerades i går.",
    # a vowel: a user's name, cars or not
    "Bilen är såld sedan länge och pengarna är överförda till kontot. Ola skrev: ola123 tack",
    "Säljes: passat tdi 150, bilen är fin",  # an engine's trim
    "kxt482 står utanför",  # no vehicle's word in the text
])
def test_words_and_users_beside_those_verbs_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Litauisk bil KVI 482 stod på rastplatsen.", "KVI 482"),
    ("Den litauiska lastbilen (HQV 201) stod kvar.", "HQV 201"),
    ("Tjeckisk husbil 1AV 2234 parkerad.", "1AV 2234"),
    ("Nederländsk bil 12-ABC-3 parkerad.", "12-ABC-3"),
    ("Holländsk husbil 1-KTB-23 på campingen.", "1-KTB-23"),
])
def test_plates_of_lithuania_czechia_and_the_netherlands_near_a_vehicle_word(
        text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Överrapport ambulanshelikopter – mottagande på AVA 12.",  # a ward, two digits
    "Bilen fick service 12-MAR-26.",  # a date's month between dashes
    "Artikelnr KTM 4410 och RXL 220 är slut i lager.",  # the label names the list
    "Artikelnr KTM 4410, RXL 220",
])
def test_wards_dates_and_listed_codes_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


def test_a_plate_after_a_cases_digits_and_och_stays() -> None:
    assert found("Dnr 2026-118 och KRT 491 ska kollas", "PLATE") == ["KRT 491"]


def test_a_personnummer_typed_onto_id() -> None:
    number = pnr("930320", "586", sep="", century="19", valid=False)
    assert found(f"ID{number} märkt på röret", "ID_NUMBER") == [number]


def test_digits_typed_onto_other_words_stay_unread() -> None:
    assert found("Ordern IDA2026 och kid19930320 i loggen", "ID_NUMBER") == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Avsändare 46701740619 (SMS-gateway)", "46701740619"),
    ("46701740623: Din bil är framme.", "46701740623"),
])
def test_a_swedish_mobile_after_46_without_its_plus(text: str, phone: str) -> None:
    assert found(text, "PHONE") == [phone]


@pytest.mark.parametrize("text", [
    "Ordernummer 46701740619 skickad.",  # an order's label
    "Summa 46 701 740 kr",
])
def test_other_numbers_opening_with_46_stay(text: str) -> None:
    assert found(text, "PHONE") == []
