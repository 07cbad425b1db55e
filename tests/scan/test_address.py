"""ADDRESS: streets with numbers, c/o, lgh, postcodes with town, a street someone lives on."""

from __future__ import annotations

import pytest

from mailgate.scan import scan

from .kit import found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Han bor på Storgatan 12B, lgh 1102, 123 45 Hägersten.",
         "Storgatan 12B, lgh 1102, 123 45 Hägersten"),
        ("Adress: Karl Johans gata 7, 2 tr", "Karl Johans gata 7, 2 tr"),
        ("Hittad på Sankt Eriksgatan 46 i natt.", "Sankt Eriksgatan 46"),
        ("bor på kungsvägen 3 med sin mamma", "kungsvägen 3"),
        ("Södra Vägen 36 C, Göteborg", "Södra Vägen 36 C, Göteborg"),
        ("Skickas c/o Andersson, Box 123.", "c/o Andersson"),
        ("Hon bor på Hamnplan 14 lgh 1002, 374 31 Karlshamn.", "lgh 1002"),
        ("Postadress 118 60 Stockholm.", "118 60 Stockholm"),
        ("She lives at 12 Baker Street now.", "12 Baker Street"),
        ("har affär på Hjällbo torget 4 sedan i våras", "Hjällbo torget 4"),
        ("Adress: Hamnplan 23A, 722 14 Västerås", "Hamnplan 23A, 722 14 Västerås"),
        ("Hon bor på Ringstraße 14, 50667 Köln nu.", "Ringstraße 14, 50667 Köln"),
        ("bor på Hämeenkatu 9 B 12, 20500 Turku.", "Hämeenkatu 9 B 12, 20500 Turku"),
        ("bor på Tredje Långgatan 15, 413 03 Göteborg", "Tredje Långgatan 15, 413 03 Göteborg"),
    ],
)
def test_addresses(text: str, address: str) -> None:
    assert address in found(text, "ADDRESS")


@pytest.mark.parametrize("text", [
    "Lägenhet lgh 1304 på tredje våningen.",
    "TILL DEN SOM BOR I LGH 1102 !!!",
    "Grannen i lägenhet 1204 klagar på lukten.",
])
def test_a_flats_number_without_its_street_is_a_warning(text: str) -> None:
    assert found(text, "ADDRESS") == []
    assert len(found(text, "QUASI")) == 1


@pytest.mark.parametrize("text, phone", [
    ("Kontakt: Adnan, 08-465 004 11\nStort tack för ert arbete!", "08-465 004 11"),
    ("Dnr KS 2026/01177\n\nHej! Vi har diariefört", None),
])
def test_the_end_of_a_number_is_no_postcode(text: str, phone: str | None) -> None:
    assert found(text, "ADDRESS") == []
    assert found(text, "PHONE") == ([phone] if phone else [])


def test_a_street_without_number_is_an_address_only_where_someone_lives() -> None:
    assert found("Han bor på Kyrkogatan sedan i våras.", "ADDRESS") == ["Kyrkogatan"]
    assert found("Tabletterna såldes på Kyrkogatan i fredags.", "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vårdplan 2 upprättades och behandlingsplan 3 följs.",
        "Han bor i Göteborg nära Sergels torg.",
        "Bohusleden stängdes kl 14 efter olyckan.",
        "Storgatan 5 km bort från Mora, 300 kr per gram.",
        "Marknaden på Gustav Adolfs torg 3 dagar i veckan.",
    ],
)
def test_plans_roads_places_and_units_are_not_addresses(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [("Gatuadress: Lilla Torg 4", "Lilla Torg 4"), ("adress Åvägen 2", "Åvägen 2"),
     ("Bor på Tegnérgatan 5 B, 2 tr, 113 58 STOCKHOLM",
      "Tegnérgatan 5 B, 2 tr, 113 58 STOCKHOLM")],
)
def test_more_written_forms(text: str, address: str) -> None:
    assert found(text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [("Jag körde honom till Hamnplan 26 i natt.", "Hamnplan 26"),
     ("Vi möts på Stureplan 4 kl 12.", "Stureplan 4")],
)
def test_a_square_named_plan_with_a_number_after_a_word_of_place(text: str,
                                                                 address: str) -> None:
    assert found(text, "ADDRESS") == [address]


@pytest.mark.parametrize(
    "text", ["Enligt Vårdplan 2 ska han träffa läkare.", "Se Handlingsplan 3 i bilagan."])
def test_plans_that_are_documents_are_no_addresses(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text, address", [
    ("Han bor i Tøyengata 31, 0578 Oslo nu.", "Tøyengata 31, 0578 Oslo"),
    ("Adress: Prinsengracht 441-2, 1016 HT Amsterdam", "Prinsengracht 441-2, 1016 HT Amsterdam"),
    ("Skickat till Vesterbrogade 12, 1620 København V.", "Vesterbrogade 12, 1620 København V"),
])
def test_a_street_abroad_with_its_postcode(text: str, address: str) -> None:
    assert found(text, "ADDRESS") == [address]


def test_a_street_and_a_town_typed_without_diacritics() -> None:
    text = "bogserade bilen fran Backavagen 26 i Goteborg till verkstan, Tore var med"
    assert [(f.type, f.text) for f in scan(text)] == [
        ("ADDRESS", "Backavagen 26"), ("PERSON", "Tore")]


@pytest.mark.parametrize("text", ["Vi körde riksväg 40 mot Borås och sedan väg 73.",
                                  "Olyckan skedde på länsväg 225 vid Tumba i går.",
                                  "Stopp på Riksväg 50 söder om Ludvika."])
def test_a_roads_class_and_number_is_no_address(text: str) -> None:
    assert found(text, "ADDRESS") == []


def test_a_street_named_after_the_road_is_still_an_address() -> None:
    assert found("Han bor på Riksvägen 12 i Ljungby.", "ADDRESS") == ["Riksvägen 12"]


def test_a_parcel_lockers_box_is_no_address_but_a_post_box_stays_one() -> None:
    assert found("Leverans till paketskåp Box 4471 vid Brunnsparken.", "ADDRESS") == []
    assert found("Skicka till Sven Ek, Box 4471, 123 45 Ort.", "ADDRESS") == [
        "Box 4471, 123 45 Ort"]
