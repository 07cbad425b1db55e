"""Structured identifiers a third catalogue (bench/pii/structured_voices.py) found missed, each
beside look-alikes that stay unflagged: personal plates after a plate's word, numbers a
spreadsheet stripped of their leading zero or plus, a personnummer grouped by its year, and
model codes shaped like plates. Written for issue 12, not taken from any corpus.

Phones are from the fiction range (PTS 070-174 06 05..99); personnummer are generated (kit.pnr);
personal plates are made up.
"""

from __future__ import annotations

import pytest

from .kit import found, pnr

P = pnr("740920", "517")
WHOLE = pnr("990725", "656", century="19")


@pytest.mark.parametrize(("text", "plate"), [
    ("Han har personliga skylten MRBOSS på sin Tesla.", "MRBOSS"),
    ("Regnr: BIGBOY (personlig skylt)", "BIGBOY"),
    ('Bilen med skylten "TOKIG 1" stod utanför.', "TOKIG 1"),
    ("Bärgad: Audi A4, reg.nr LOVE69, hämtas i morgon.", "LOVE69"),
    ("Personlig plåt DJ ROB på den gula Camaron.", "DJ ROB"),
    ("Bilnummer KALLE1", "KALLE1"),
])
def test_a_personal_plate_after_a_plates_word_is_a_plate(text: str, plate: str) -> None:
    assert plate in found(text, "PLATE")


@pytest.mark.parametrize("text", [
    "Regnr: OKÄNT",  # a form's placeholder
    "REGNR SAKNAS I ANMÄLAN",  # a shouting line's words
    "Skylten STÄNGT hängde på dörren.",  # a shop's sign
    "Vi satte upp skylten VÄLKOMMEN vid entrén.",
    "Skylten 4A visar vägen till mottagningen.",  # a sign's number
    "Plåten 2MM räckte inte.",  # a sheet's thickness
    "Reglerna gäller AB 12 och framåt.",  # no plate's word, only its letters
])
def test_words_after_a_sign_or_a_form_label_are_no_personal_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize("text", [
    "Modell ABB 123 finns i lager.",
    "Sensor ABC 123 larmade två gånger i natt.",
    "Maskin CNC 400 stod still i två timmar.",
    "Produkt XPS 135 slut i lager.",
])
def test_a_things_model_code_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []


def test_a_plate_after_a_vehicle_stays_a_plate_beside_model_words() -> None:
    assert found("Bilen, modell Golf, hade regnr KPL 123.", "PLATE") == ["KPL 123"]


@pytest.mark.parametrize(("text", "number"), [
    ("Namn;Mobil;Ort\nLina Ek;701740655;Umeå", "701740655"),
    ("Medlem | Tel\nVera Dahl | 70 174 06 57", "70 174 06 57"),
    ("Påminnelse skickad till 46 70 174 06 64 (tandvården)", "46 70 174 06 64"),
])
def test_a_mobile_a_spreadsheet_stripped_is_a_phone(text: str, number: str) -> None:
    assert number in found(text, "PHONE")


@pytest.mark.parametrize("text", [
    "Namn;Antal;Ort\nLina Ek;701740655;Umeå",  # a count's column, no phone's
    "Summan blev 5 + 46 70 174 06 52 enligt kalkylen.",  # a sum's term
])
def test_digits_outside_a_phone_column_stay_unflagged(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("text", "number"), [
    (f"Elevens personnummer: {WHOLE[:4]} {WHOLE[4:]}", f"{WHOLE[:4]} {WHOLE[4:]}"),
    (f"Han föddes {WHOLE[:4]} {WHOLE[4:]}", f"{WHOLE[:4]} {WHOLE[4:]}"),
    (f"Personnummer: {P[:6]} {P[7:9]} {P[9:]}", f"{P[:6]} {P[7:9]} {P[9:]}"),
])
def test_a_personnummer_grouped_otherwise_is_an_id_number(text: str, number: str) -> None:
    assert number in found(text, "ID_NUMBER")


@pytest.mark.parametrize("text", [
    "Öppet 2024 0830-1600 alla vardagar.",  # a year and a span of hours
    "År 2024 1230-1400 stängt för lunch.",
    "Order 250312 12 40 skickad.",  # no identity cue before the pairs
])
def test_a_year_and_hours_or_an_order_stays_no_id_number(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


# A mobile in the fiction range whose digits also make a date (070174: day 74 is a
# samordningsnummer's 14th); a word starting like `person` before it was read as an identity
# cue, and the number lost its phone reading.
MOBILE = "0701740665"


@pytest.mark.parametrize("text", [
    f"Personalen nådde honom på {MOBILE}.",
    f"Personalrummet: {MOBILE}",
    f"Personerna i bilen gav numret {MOBILE} till vakten.",
    f"Personbilen tillhör en kvinna, {MOBILE}.",
])
def test_a_mobile_beside_the_staff_or_people_stays_a_phone(text: str) -> None:
    assert MOBILE in found(text, "PHONE")


@pytest.mark.parametrize(("text", "number"), [
    (f"My personal number is {P}", P),
    (f"Personal ID no. {WHOLE.replace('-', '')}", WHOLE.replace("-", "")),
    (f"Person: {P.replace('-', '')}, ankom 02:10", P.replace("-", "")),
])
def test_person_and_personal_number_still_name_the_number(text: str, number: str) -> None:
    assert number in found(text, "ID_NUMBER")


@pytest.mark.parametrize(("text", "plate"), [
    ("Säljaren kör tds 558 och står vid macken.", "tds 558"),
    ("Guest left at 02:10; plate mrt 747, taxi called.", "mrt 747"),
    ("regnr sos 412 enligt grannen", "sos 412"),
    ("Vagnen: pzr 650 står på verkstaden.", "pzr 650"),
    ("LXL 694 – Staffan Granlund\nelj 89c – Camilla Vinter", "elj 89c"),
    ("Fordon: OSK 522 (produktionsbuss), mtn 154 (rekvisitabil)", "mtn 154"),
])
def test_a_plate_in_lower_case_after_a_drivers_verb_a_plates_word_or_in_a_list(
        text: str, plate: str) -> None:
    assert plate in found(text, "PLATE")


@pytest.mark.parametrize("text", [
    "Vi kör ner 100 meter och vänder.",
    "Han körde hem 120 km i natt.",
    "The van was two 100 metres away.",
    "Skylten har 110 på motorvägen.",
    "Kurs: MVE 123 – Matematik\ntma 456 – Fysik",
])
def test_distances_speeds_and_course_lists_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


# Born after 2000, a bare personnummer opens with 0 as a landline does (born 2003-07-18,
# 2003-10-13); a German or Finnish number of that shape needs a phone word, not only a name.
TEEN = pnr("030718", "599", sep="")
TEEN_SLIP = pnr("010925", "171", sep="", valid=False)
GOTHENBURG_SHAPED = pnr("031013", "629", sep="")


@pytest.mark.parametrize(("text", "number"), [
    (f"Receptetikett på Annika Granlund, {TEEN}, Gamla Tullgatan 17", TEEN),
    (f"Ett av fallen gällde Erik Holmström, {TEEN_SLIP}, som bor på Storgatan 12", TEEN_SLIP),
    (f"Överrapportering: Alex ({GOTHENBURG_SHAPED}) sov inte, hade ringt", GOTHENBURG_SHAPED),
])
def test_a_bare_personnummer_of_someone_born_after_2000_is_an_id_number(
        text: str, number: str) -> None:
    assert number in found(text, "ID_NUMBER")


def test_a_number_from_abroad_after_a_phone_word_stays_a_phone() -> None:
    assert "030 23125 414" in found("Festnetz 030 23125 414, Handy siehe unten", "PHONE")


@pytest.mark.parametrize("number", [pnr("700210", "662", sep=""), pnr("700210", "662"),
                                    pnr("600110", "398", sep="", valid=False)])
def test_a_personnummer_on_the_row_below_an_account_is_the_persons(number: str) -> None:
    text = f"Nikos Papas konto 6123, 443 074 561-9\nLotta Ekberg {number}\nOrg.nr 508113-5633"
    assert number in found(text, "ID_NUMBER")


def test_an_account_under_its_label_stays_an_account() -> None:
    number = pnr("720313", "018", sep="")
    assert found(f"Kontonummer:\n{number}", "BANK_ACCOUNT") == [number]


@pytest.mark.parametrize(("text", "number"), [
    ("the guy himself: Hêvî Amedi, mob +44 7700 900570, email below", "+44 7700 900570"),
    ("Mob: 08-465 004 14", "08-465 004 14"),
])
def test_a_number_after_mob_the_mobile_is_someones(text: str, number: str) -> None:
    assert number in found(text, "PHONE")


def test_the_organisation_mob_in_capitals_keeps_its_line() -> None:
    assert found("Kontakta MOB 08-465 004 13 för råd.", "PHONE") == []
