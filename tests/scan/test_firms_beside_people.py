"""Firms named beside the people who work there: the firm is no one, the person is still
found (a signature's `Name, Firm AB`, an owner's genitive before a trade, a Krog or Café
named with a given name)."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        ("Hälsningar\nMirja Holmström, Kustlinjen Montage Ab, +46 70 174 06 21",
         "Mirja Holmström", "Kustlinjen"),
        ("Marta Nordenskjöld, Svea Iron Works AB, +46 70 174 06 95", "Marta Nordenskjöld",
         "Svea"),
        ("Mvh Greta, Nordvik Rekrytering, 040-628 11 42", "Greta", "Nordvik"),
        ("/Kalle Ekdahl, Fjällbo Bemanning AB", "Kalle Ekdahl", "Fjällbo"),
        ("Underentreprenör: Torbjörn Lagers Elektriska. Kontakt: Rut Wallin.",
         "Rut Wallin", "Torbjörn Lagers"),
        ("Leverantör av bröd är Hilma Grans Bageri, enligt Ove Strand.", "Ove Strand",
         "Hilma Grans"),
        ("Krog Sigge stängde tidigt och Jonny Falk gick hem.", "Jonny Falk", "Sigge"),
        ("Arbetsgivare: Agda Forsbergs Elektriska   Beställare: Rune Ask", "Rune Ask", "Agda"),
        ("Vi möttes på Café Elvira, sa Lena Öhman.", "Lena Öhman", "Elvira"),
        ("Bilen bärgades av Nyströms Bärgning, föraren Lina Ekholm åkte med.", "Lina Ekholm",
         "Nyström"),
        ("Mats Svensson lämnade vinterdäcken hos Dahlbergs Däck.", "Mats Svensson",
         "Dahlberg"),
        ("Kunden Per Wallin köpte bilen hos Hedin Bil i Malmö.", "Per Wallin", "Hedin"),
        ("Rental desk: Omar Said returned the Lincoln Navigator late.", "Omar Said", "Lincoln"),
    ],
)
def test_the_firm_is_no_one_and_the_person_is(text: str, person: str, firm: str) -> None:
    people = found(text, "PERSON")
    assert person in " ".join(people)
    assert not [p for p in people if firm in p]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Närvarande: Mirja Holmström, Greta och Ove Strand.", "Greta"),
        ("Kopia: Holmström, Mirja", "Holmström, Mirja"),
        ("Torbjörn Lagers bil stod kvar på gården.", "Torbjörn Lagers"),
        ("Hilma Grans fru ringde i morse.", "Hilma Grans"),
        ("Efter bärgningen åt vi middag hos Svenssons.", "Svenssons"),
        ("Bärgaren Nils Nilsson körde bilen till verkstaden.", "Nils Nilsson"),
        ("Föraren Ingrid Hedin bil nummer två körde först.", "Ingrid Hedin"),
    ],
)
def test_people_in_the_same_frames_are_found(text: str, person: str) -> None:
    assert person in " ".join(found(text, "PERSON"))
