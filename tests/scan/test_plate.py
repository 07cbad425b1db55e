"""PLATE: Swedish registration numbers, with or without a cue."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Bilen ABC 123 stod utanför.", "ABC 123"),
        ("En vit Golf, ABC12D, sågs.", "ABC12D"),
        ("regnr xyz 987 enligt vittnet", "xyz 987"),
        ("Mopeden (reg.nr klm45p) var stulen.", "klm45p"),
        ("Registreringsnummer DXW 89C.", "DXW 89C"),
    ],
)
def test_plates(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize(
    "text",
    [
        "Tabletterna innehöll THC 200 mg och LSD 100 µg.",
        "Enligt SFS 2010:800 och LVM 12 §.",
        "HAN HAR 200 KR OCH SOM 123 ANDRA.",
        "Han tog abc 123 gånger, sa han.",  # lower case without a cue
        "Lägenhet LGH 1102 och BOX 123.",
        "Priset var 300 kr per gram i Mora.",
    ],
)
def test_abbreviations_units_and_words_are_not_plates(text: str) -> None:
    assert found(text, "PLATE") == []


FOREIGN = [
    ("Norwegian", "Norsk bil AB 12345 sågs vid tullen.", "AB 12345"),
    ("Danish", "Dansk bil AB 12 345 sågs.", "AB 12 345"),
    ("Polish", "En polskregistrerad skåpbil, WA 12345, stoppades.", "WA 12345"),
    ("German", "Tysk bil B-AB 1234 i Trelleborg.", "B-AB 1234"),
    ("British", "A British car, plates AB12 CDE, was stopped.", "AB12 CDE"),
    ("Finnish, two digits", "Finsk bil ABC-12 på färjan.", "ABC-12"),
    ("a make before a plate", "Bilen, en Volvo ABC 123, stod där.", "ABC 123"),
]


@pytest.mark.parametrize(("what", "text", "plate"), FOREIGN)
def test_foreign_plates_near_a_vehicle_or_country_word(what: str, text: str,
                                                       plate: str) -> None:
    assert found(text, "PLATE") == [plate], what


@pytest.mark.parametrize(
    "text",
    [
        "Bilen var en Mercedes GLC 300 från 2019.",  # a model after its make
        "Dansk bil, ärende AB 12345.",  # a case number
        "Formuläret AB 12345 fylldes i.",  # a foreign shape with no vehicle or country word
        "En norsk bil med 25 000 NOK i handskfacket.",
        "Polsk lastbil med 1200 kg, SEK 12000.",
    ],
)
def test_models_codes_and_sums_are_not_plates(text: str) -> None:
    assert found(text, "PLATE") == []


def test_a_make_and_model_is_no_foreign_plate() -> None:
    assert found("Bilen, en BMW X5, stod utanför.", "PLATE") == []


@pytest.mark.parametrize(("text", "plates"), [
    ("Följande fick flytta: lpk 099, fpr 548 och KKL 394.", ["lpk 099", "fpr 548", "KKL 394"]),
    ("Vehicle expenses: fuel for xmx 841 and NEB 52N.", ["xmx 841", "NEB 52N"]),
])
def test_a_plate_in_lower_case_listed_before_one_in_capitals(text: str,
                                                             plates: list[str]) -> None:
    assert found(text, "PLATE") == plates


@pytest.mark.parametrize("text", [
    "Ärenden hgf 221 och kpr 112 stängda.",  # no plate in capitals after them
    "Vi kör upp 200 och vänder.",
    "Ärenden hgf 221, kpr 112 och HGF 331.",  # a case list: the lower-case codes stay
])
def test_lower_case_codes_listed_before_no_plate_stay_unflagged(text: str) -> None:
    assert [p for p in found(text, "PLATE") if p.islower()] == []


@pytest.mark.parametrize(("text", "plate"), [
    ("P-vakten: rth 422 stod kvar på gästplatsen.", "rth 422"),
    ("Bilägaren till gke 610 är okänd.", "gke 610"),
    ("Kontrollavgift kuh 496, zon B.", "kuh 496"),
    ("Felparkerad sud 68j på Storgatan.", "sud 68j"),
])
def test_a_plate_in_lower_case_after_a_parking_guards_or_owners_word(text: str,
                                                                      plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize(("text", "plate"), [
    ("Han har dmu 64b, en blå Volvo.", "dmu 64b"),
    ("fpr 548 (vit Volvo V70) stod vid skolan.", "fpr 548"),
    ("Såg tjo 875 – en svart Audi – vid torget.", "tjo 875"),
    ("prr 104 är hans bil.", "prr 104"),
    ("ffj 007: Volvo V70, vit", "ffj 007"),
])
def test_a_plate_in_lower_case_before_the_vehicle_it_is_on(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Det var typ 200 mopeder på träffen.",  # a count of vehicles
    "typ 120 i bilen",
    "HAN HAR 100 I BILEN",
    "kpr 112 kör nu",  # a driver's verb names no vehicle
    "Ärende hgf 221 gäller bilen.",  # a case's label before it
    "Kurskod tnk 101 (bil)",
])
def test_numbers_before_a_vehicle_word_that_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Estnisk bil 123 ABC på färjan.", "123 ABC"),
    ("Estonian car 482 BTN at the border.", "482 BTN"),
    ("482 BTN (estnisk bil) stod kvar.", "482 BTN"),
])
def test_an_estonian_plate_digits_first_near_a_vehicle_or_country_word(text: str,
                                                                        plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Bilen kostade 100 SEK i hyra.",
    "Bilen drar 250 KWH per månad.",
    "Köpte 100 XTC i bilen.",
    "Beslag: 482 BTN",  # no vehicle or country word
])
def test_amounts_units_and_drugs_digits_first_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize("text", ["Lagerplats HYL 314 i förrådet.", "Hylla KBR 124, översta."])
def test_a_stores_place_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Spansk bil 4821 BTN vid hamnen.", "4821 BTN"),
    ("Spanish plates 4821-BTN on the van.", "4821-BTN"),
    ("Ukrainsk bil AA 1234 BB på rastplatsen.", "AA 1234 BB"),
    ("Bulgarisk bil CA 1234 AB, två män i den.", "CA 1234 AB"),
])
def test_spanish_ukrainian_and_bulgarian_plates_whole(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", ["Bilen, en 2019 GLS, var stulen.",
                                  "Bilen har gått 1500 MIL sedan i våras."])
def test_a_year_and_a_model_or_a_distance_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("text", "plate"), [
    ("Jeg kjørte min Toyota Hilux FH 66564 på E10 ved grensen.", "FH 66564"),
    ("En Opel Astra EL 12345 stod parkerad vid infarten.", "EL 12345"),
    ("Hon kör en röd Fiat 500 MUR 982 sedan i våras.", "MUR 982"),
])
def test_a_foreign_plate_after_a_cars_make_and_no_model_number(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", ["Objekt KN-4412 (Volkswagen Passat 2014) såldes.",
                                  "Pappas gamla Volvo 240 GLT står i garaget.",
                                  "Toyota har 12 000 anställda i Sverige."])
def test_a_code_a_model_or_a_make_alone_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []
