"""Numbers typed by where they stand: a table's column header, the line a bank word is on,
an office's switchboard, a mobile's grouping through OCR slips, a label inside an aside."""

from __future__ import annotations

import pytest

from .kit import found, pnr


def test_a_number_under_a_pnr_header_is_an_id_number_and_under_tel_no_id() -> None:
    number = pnr("030407", "816", sep="", valid=False)
    text = f"Förråd\tHyresgäst\tPnr\tTel\nB-114\tJonas Ek\t{number}\t0701740605\n"
    assert found(text, "ID_NUMBER") == [number]


def test_headers_reach_every_row_of_a_semicolon_export() -> None:
    rows = [pnr("850312", "457", sep=""), pnr("921130", "118", sep="", valid=False)]
    text = "Namn;Personnummer;Avdelning\n" + "".join(
        f"Person {n};{row};Avd {n}\n" for n, row in enumerate(rows))
    assert found(text, "ID_NUMBER") == rows


def test_a_twelve_digit_personnummer_below_an_account_line_is_hers() -> None:
    number = pnr("960310", "960", sep="", century="19", valid=False)
    text = f"Lönekonto 9150 111 903 462-5\nLotta Ekberg {number}\n"
    assert found(text, "ID_NUMBER") == [number]
    assert found(text, "BANK_ACCOUNT") == ["9150 111 903 462-5"]


def test_an_account_number_after_its_word_stays_an_account() -> None:
    assert found("Kontonummer: 199603109603", "BANK_ACCOUNT") == ["199603109603"]


@pytest.mark.parametrize(("text", "phones"), [
    ("Media: press office 040-675 30 00.", []),
    ("Emergency: 112; market office 08-465 004 31.", ["08-465 004 31"]),
    ("Receptionen 08-465 004 00 är öppen 8–16.", []),
])
def test_an_offices_switchboard_is_the_organisations_and_a_desk_line_someones(
        text: str, phones: list[str]) -> None:
    assert found(text, "PHONE") == phones


def test_an_ocr_slipped_mobile_in_its_grouping_is_a_phone_without_a_cue() -> None:
    text = "Enligt kuvertet (handskrivet, OCR): O7O-l74 O6 O6. Hämtas fredag."
    assert found(text, "PHONE") == ["O7O-l74 O6 O6"]


def test_an_ocr_payment_reference_stays_no_phone() -> None:
    assert found("Betala till bankgiro, OCR: 070174060699.", "PHONE") == []


@pytest.mark.parametrize(("text", "phones"), [
    ("Mvh Sara Lindqvist\nDirekt: 08-465 004 86 | Växel: 031-390 06 00", ["08-465 004 86"]),
    ("Medicinska frågor: bakjouren via växeln 031-390 06 00, sökare 4471.", []),
    ("Kansliet nås på vx 08-465 004 49 måndag–torsdag.", ["08-465 004 49"]),
])
def test_a_switchboards_round_number_is_the_organisations(text: str, phones: list[str]) -> None:
    assert found(text, "PHONE") == phones


def test_a_number_in_a_register_row_is_the_rows_person_not_the_employers() -> None:
    text = ("Medl.nr\tNamn\tArbetsgivare\tTelefon\n"
            "M-0502\tStröm, Lennart\tRättsmedicinalverket\t0980-319 225\n")
    assert found(text, "PHONE") == ["0980-319 225"]


def test_a_header_word_that_is_also_a_name_heads_a_column_and_names_no_one() -> None:
    text = ("Förråd\tHyresgäst\tTel\tSkuld\n"
            "B-114\tDennis Kjellberg\t0701740605\t4 320\n")
    assert found(text, "PERSON") == ["Dennis Kjellberg"]


def test_a_rotas_given_names_as_headers_stay_names() -> None:
    text = "Vecka\tAnna\tErik\n49\tkväll\tnatt\n"
    assert found(text, "PERSON") == ["Anna", "Erik"]


@pytest.mark.parametrize(("text", "births"), [
    ("Namn;Födelsedatum;Avdelning\nStröm, Lennart;1961-02-14;Avd 3\nBerg, Ann;14/2 1975;Avd 4\n",
     ["1961-02-14", "14/2 1975"]),
    ("Namn\tFödd\tOrt\nLisa Holm\t1988\tMora\n", ["1988"]),
    ("Namn\tAnmäld\tOrt\nLisa Holm\t2026-11-30\tMora\n", []),
])
def test_dates_under_a_birth_header_are_births_and_others_not(
        text: str, births: list[str]) -> None:
    assert found(text, "DATE_OF_BIRTH") == births


def test_a_header_after_namn_is_no_name() -> None:
    text = "Namn;Födelsedatum;Avdelning\nStröm, Lennart;1961-02-14;Avd 3\n"
    assert found(text, "PERSON") == ["Ström, Lennart"]


def test_a_column_of_tenants_names_its_people_and_not_a_drug_in_it() -> None:
    text = ("Förråd\tHyresgäst\tSkuld\n"
            "B-114\tSelvije Krasniqi\t4 320\n"
            "B-115\tXanor\t0\n")
    assert found(text, "PERSON") == ["Selvije Krasniqi"]


def test_namn_heads_people_beside_a_phone_column_and_products_alone() -> None:
    people = "Namn;Telefon;Avd\nTuula Heikkinen;0701740605;3\n"
    products = "Namn;Styrka;Antal\nXanor;1 mg;20\nRivotril;2 mg;10\n"
    assert found(people, "PERSON") == ["Tuula Heikkinen"]
    assert found(products, "PERSON") == []


def test_every_row_of_a_people_column_is_read_also_rows_without_numbers() -> None:
    text = ("Namn;Organisation;E-post;Mobil\n"
            "Gunilla Wikström;Länsstyrelsen;g@example.org;0701740629\n"
            "Kaveh Ghorbani;Lunds universitet;k@example.org;\n"
            "Ros Young;Region Skåne;r@example.org;\n")
    assert found(text, "PERSON") == ["Gunilla Wikström", "Kaveh Ghorbani", "Ros Young"]
