"""PLATE in a patrol's, a car park's or a weighbridge's log: a measure after the plate (its
row's next column), a currency's letters where a plate's word types them, a dash with blanks
round it; and the codes, amounts and ranges written alike that stay unflagged (struct14)."""

from __future__ import annotations

import pytest

from .kit import found, pnr

OWNER = pnr("850412")  # the owner's personnummer, its check digit computed


@pytest.mark.parametrize(("text", "plates"), [
    ("Hastighetskontroll: NKH 904 112 km/h i 70.", ["NKH 904"]),
    ("Laser: GRT 551 124 km/h, FRB 20K 98 km/h.", ["GRT 551", "FRB 20K"]),
    ("Bilen ABC 123 113 km/h", ["ABC 123"]),
    ("Alkotest: ABC 123 0,21 mg/l, DEF 456 negativ.", ["ABC 123", "DEF 456"]),
    ("Kontroll 21:40 ABC 123 2 pers, 22:10 DEF 456 1 pers.", ["ABC 123", "DEF 456"]),
    ("Vägning: LKT 417 52 ton, tillåtet 48.", ["LKT 417"]),
    ("Parkering\nLKT 417 100 kr", ["LKT 417"]),
])
def test_a_measure_after_a_plate_is_its_rows_next_column(text: str, plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", [
    "Biljettnr TKT 7718 2290 41",  # a code's next groups, no unit
    "ERR 404 2026-12-04",
    "Artikel KTR 482 149 kr",  # an article's code and its price
    "Order ABC 123 500 kr",
    "Pris SEK 100 200 kr",
])
def test_codes_and_amounts_before_a_measure_stay_unflagged(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plates"), [
    ("Regnr SEK 412 stod kvar.", ["SEK 412"]),
    ("Regnr: NOK 215", ["NOK 215"]),
    ("Regnr ABC 123, CAD 107", ["ABC 123", "CAD 107"]),
])
def test_a_currencys_letters_after_a_plates_word_are_a_plate(text: str, plates: list[str]
                                                             ) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", [
    "taxi SEK 895",
    "Bilen kostade SEK 412",
    "Fordon: EUR 204 per månad i leasing",
])
def test_a_currency_and_an_amount_beside_a_vehicle_stay_amounts(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Fordonet NSB - 741 hade släckta lyktor.", "NSB - 741"),
    ("Bilen MTE – 319 syns på filmen.", "MTE – 319"),
    ("regnr NSB - 741", "NSB - 741"),
])
def test_a_plate_parted_by_a_spaced_dash_after_a_cue(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Avd ABC - 123 öppen",
    "Kapitel ABC - 123 om bilar",
    "Sidorna KAP - 123",
    "Såg NSB - 741 i listan.",  # no vehicle's word: a range, a code
])
def test_ranges_and_codes_parted_by_a_spaced_dash_stay_unflagged(text: str) -> None:
    assert found(text, "PLATE") == []


def test_an_articles_price_after_its_code_vouches_for_no_plate() -> None:
    assert found("Artikel BRT 482 149 kr, KLM 120 89 kr.", "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    (f"ABC 123 {OWNER} körde 112 km/h", "ABC 123"),
    (f"KRT 491 19{OWNER} Anna Berg", "KRT 491"),
])
def test_an_owners_personnummer_after_a_plate_is_its_rows_next_column(text: str, plate: str
                                                                      ) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [f"Kod ABC 123 {OWNER}", f"Ärende KRT 491 {OWNER}"])
def test_a_codes_head_before_a_personnummer_stays_a_code(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plates"), [
    ("Norska bilar i kön: EL 12345, DN 48213, ZE 30418, EK 55123, SU 10427, BR 77312, "
     "KH 66120 och LJ 90817",
     ["EL 12345", "DN 48213", "ZE 30418", "EK 55123", "SU 10427", "BR 77312", "KH 66120",
      "LJ 90817"]),
    ("Utländska fordon\nEL 12345 (N), AB 12 345 (DK), WGM 58213 (PL), KR 4N123 (PL), "
     "M-AB 1234 (D), HH-KL 4821 (D)",
     ["EL 12345", "AB 12 345", "WGM 58213", "KR 4N123", "M-AB 1234", "HH-KL 4821"]),
    ("Kontrollerade fordon:\nEL 12345 112 km/h\nDN 48213 98 km/h", ["EL 12345", "DN 48213"]),
])
def test_a_neighbours_plate_far_down_a_cued_list(text: str, plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", [
    "Flyg SK 1425, SK 1427, DY 4321, FR 2843, LH 2417, BA 0815, KL 1142",
    "Bilen ABC 123 står kvar. Rum B 214, C 301, D 112, A 104 städas i dag.",
    "Tåg IC 1042, SJ 541, MTR 2213, RE 4471, IC 1044",
])
def test_lists_of_flights_trains_and_rooms_stay_unflagged(text: str) -> None:
    assert [p for p in found(text, "PLATE") if p != "ABC 123"] == []


@pytest.mark.parametrize(("text", "plate"), [
    ("ANPR-träff: abc 123 passerade kameran 21:14", "abc 123"),
    ("Körförbud: abc 12a", "abc 12a"),
    ("Avställd: krt 491", "krt 491"),
    ("Ägarbyte krt 491 registrerat", "krt 491"),
])
def test_the_registers_states_cue_a_lower_case_plate(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Körförbud i 3 månader från 2026-12-01, se beslut dnr 412.",
    "Avställd sedan 2025, 4 hjul, 120 mil.",
    "Ägarbytet kostar 65 kr, tar 2 dagar.",
])
def test_the_registers_states_beside_counts_and_dates_flag_nothing(text: str) -> None:
    assert found(text, "PLATE") == []
