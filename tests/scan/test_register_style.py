"""Names as case and police systems write them: `EFTERNAMN, FÖRNAMN`, capitals, lists."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

CASES = [
    ("police summary, capitals", "Misstänkt: JOHANSSON, ERIK, född -78. Beslag: 12 g amfetamin.",
     ["JOHANSSON, ERIK"]),
    ("a line in capitals", "MISSTÄNKT: ANDERSSON, LISA MARIA, BOSATT I UMEÅ, HADE 40 TABLETTER",
     ["ANDERSSON, LISA MARIA"]),
    ("mixed case register", "Målsägande: SVENSSON, Karl-Erik\nVittne: Lindqvist, Maja",
     ["SVENSSON, Karl-Erik", "Lindqvist, Maja"]),
    ("list with roles", "Personer i bilen: Begić, Emir (förare); Lindgren, Sofia (passagerare).",
     ["Begić, Emir", "Lindgren, Sofia"]),
    ("Polish surname by shape", "Uppgiftslämnare: BRZOZOWSKI, Anna, tfn saknas.",
     ["BRZOZOWSKI, Anna"]),
    ("Somali", "Ej identifierad person: ABDI, FARHIYA. Kontakt via socialtjänsten.",
     ["ABDI, FARHIYA"]),
    ("header copy line, surname that is a place", "Kopia: Sala, Jonas", ["Sala, Jonas"]),
    ("unlisted surname in capitals after a word", "Brev till STJERNA, Mikael innehöll papper.",
     ["STJERNA, Mikael"]),
    ("unlisted surname in capitals after a label", "Intagen: VÅLBERG, Anneli", ["VÅLBERG, Anneli"]),
    ("name in capitals without a comma", "Förhör hölls med ANNA KARLSSON om köpet.",
     ["ANNA KARLSSON"]),
    ("a shouted line, names that are also words and places",
     "OBS OBS ERIK SVENSSON OCH LISA BERG ÄR INTE MISSTÄNKTA", ["ERIK SVENSSON", "LISA BERG"]),
    ("Vietnamese in capitals, family name first", "Berörd: NGUYEN VAN MINH, 34 år.",
     ["NGUYEN VAN MINH"]),
    ("an unlisted surname after a person's label", "Klient: Farahani, Arash, 34 år.",
     ["Farahani, Arash"]),
    ("a form line of labels, unlisted surname",
     "Namn: Bashir Hussaini Född: 2003-07-19 Adress: Ekvägen 4", ["Bashir Hussaini"]),
    ("an English form line", "Name: Tomasz Wiśniewski DOB: 1991-03-14 Diagnosis: overdose",
     ["Tomasz Wiśniewski"]),
]


@pytest.mark.parametrize(("voice", "text", "names"), CASES)
def test_register_style_names_are_one_finding(voice: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, voice


NOT_NAMES = [
    "BESLAG AV 400 TABLETTER I BERG OCH SALA, ROSA PILLER MED STJÄRNA",
    "NY RAPPORT FRÅN POLISEN: MAJ LUND OCH JUNI SALA BERÖRDA",
    "Beslag i Malmö, Lund och Ystad av tabletter med stämpel.",
    "BESLAG I MALMÖ, LUND OCH YSTAD AV TABLETTER MED STÄMPEL",
    "Vi åkte till Mora, Rättvik och Leksand.",
    "ÄMNE: VARNING, STARKA TABLETTER, ORANGE TESLA",
    "Substanser: Kokain, Ketamin, Tramadol.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_lists_of_places_and_substances_are_no_register_names(text: str) -> None:
    assert mask(text, scan(text)) == text


def test_a_word_in_capitals_before_a_first_name_is_no_surname() -> None:
    persons = [f.text for f in scan("VARNING, Anna i receptionen vet mer.") if f.type == "PERSON"]
    assert persons == ["Anna"]


@pytest.mark.parametrize("text, name", [
    ("In an emergency call 112.\nBest, Annika Fagerlund, Student Housing Resecentrum",
     "Annika Fagerlund"),
    ("Tack för i dag.\nHälsningar, Birgitta Nyqvist, Folkhälsoenheten", "Birgitta Nyqvist"),
])
def test_a_closing_before_the_writers_name_is_no_surname(text: str, name: str) -> None:
    persons = [f.text for f in scan(text) if f.type == "PERSON"]
    assert persons == [name]


def test_a_csv_rows_cells_glued_by_commas_are_read_apart() -> None:
    text = ("datum,kund,telefon,vara\n"
            "2026-11-03,Helga Rönnqvist,070-174 06 31,Tetris (Game Boy)\n"
            "Det kostade 3,5 kr")
    assert [(f.type, f.text) for f in scan(text) if f.type in ("PERSON", "PHONE")] == [
        ("PERSON", "Helga Rönnqvist"), ("PHONE", "070-174 06 31")]
