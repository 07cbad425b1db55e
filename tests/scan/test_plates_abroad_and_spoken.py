"""PLATE: plates abroad as their own languages cue them, rarer European shapes, letters no
Swedish plate uses, plates read aloud or half hidden; and the codes beside them."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "plate"), [
    ("Statens vegvesen: kjøretøy DN 77213 – bompassering Oslo.", "DN 77213"),
    ("Parkeringsafgift: køretøj CV 48 117, P-hus Nord.", "CV 48 117"),
    ("Bußgeldbescheid: Fahrzeug M-KR 4821, 23 km/h zu schnell.", "M-KR 4821"),
    ("Samochód KR 7H213 zaparkowany przy promie.", "KR 7H213"),
    ("Sõiduk 512 TKL parkis valesti.", "512 TKL"),
    ("Lettisk bil KR-4821 vid färjeterminalen.", "KR-4821"),
    ("Belgisk bil 1-KTR-482 på stranden.", "1-KTR-482"),
    ("Finsk bil VKT-512 stod vid bron.", "VKT-512"),
    ("Registreringen är YEV-624, bilen är sanerad.", "YEV-624"),
    ("Hämtas: Tesla Model YZRT 482 vid port 2.", "ZRT 482"),
])
def test_plates_abroad_and_typed_onto_a_model(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize(("text", "plate"), [
    ("Regnumret var Adam Bertil Cesar 123, sa vittnet.", "Adam Bertil Cesar 123"),
    ("Bilens nummer är k r t fyra nio ett sa hon.", "k r t fyra nio ett"),
    ("Dikterat: registreringsnummer GHT fem två sex.", "GHT fem två sex"),
    ("Bilen hade HBW 1** på skylten, resten var skymt.", "HBW 1**"),
])
def test_a_plate_read_aloud_or_half_hidden(text: str, plate: str) -> None:
    assert found(text, "PLATE") == [plate]


@pytest.mark.parametrize("text", [
    "Ny lastbil: Volvo FH16 750, Scania R 450 i reserv.",
    "Bokningskod KTW4821 för hyrbilen.",
    "Mercedes Sprinter 316 CDI, Iveco Daily 35S.",
    "Numret är ett två tre fyra.",
    "Vi åkte VIA 120 till Tornio med bilen.",
    "Bilen hade PVP 100 mg i handskfacket.",
    "Bilen kostade VAT 250 extra i tullen.",
    "Mercedes GLC 300 och EQS 450 på bilauktionen.",
    "Golf GTI och Passat TDI 150 finns för provkörning.",
    "Objekt KN-4412 (Volkswagen Passat 2014) såldes.",
    "Bil som lämnade avfallet kördes förbi kamera ÅVC-2.",
    "Överrapport ambulanshelikopter – mottagande på AVA 12.",
    "Bilen tog oss VIA-120 till färjan.",
])
def test_models_codes_and_words_are_no_plates(text: str) -> None:
    assert found(text, "PLATE") == []
