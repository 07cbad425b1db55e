"""An organisation's own address, desk line and payment numbers identify no one; a person's
in the same places still do. Synthetic text, fiction-range numbers (PTS test series)."""

from __future__ import annotations

import pytest

from .kit import found

ORGANISATIONS_ADDRESSES = [
    "Hälsningar\nMoa Lindgren\nHedemora kommun | 776 81 Hedemora | Vx 0225-34 000",
    "Skicka blanketten till Tandvårdsverket, Box 412, 702 11 Örebro, växel 019-60 20 00.",
    "Kursen hålls i Sal Celsius, Vårdvägen 4, plan 2.",
    "Plats: Länsstyrelsen, Residensgatan 9, Visby.",
    "Pelaro Analys AB | org.nr 556000-0000 | Fiskartorget 12, 652 24 Karlstad",
    "Från måndag gäller ny arbetsadress: Lasarettsgatan 3, 721 89 Västerås.",
    "Omsorgsenheten, Beroendekliniken, Vårdvägen 12, 581 85 Linköping",
    "Maten levereras till Aulan, Torggatan 5, kl. 11.",
]


@pytest.mark.parametrize("text", ORGANISATIONS_ADDRESSES)
def test_an_address_right_after_an_organisations_name_is_no_ones_home(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "Kund: Greta Lövkvist, Fiskartorget 12, 652 24 Karlstad.",
    "Min adress: Lasarettsgatan 3, 721 89 Västerås.",
    "Adress enl. Skatteverket: Vårdvägen 12, 581 85 Linköping.",
    "Städfirman (Blank & Fin AB, org.nr 556000-0000) städade hos oss på Torggatan 5, "
    "652 24 Karlstad i fredags.",
    "Enskild firma Lövkvist Måleri AB, Torggatan 5, 652 24 Karlstad.",
])
def test_a_persons_address_in_the_same_places_is_still_found(text: str) -> None:
    assert found(text, "ADDRESS") != []


@pytest.mark.parametrize("text", [
    "Samling: Selma Lagerlöfs torg 07:45.",
    "Skada: knä, Tallbackshallen 4/11 kl. 18.10.",
])
def test_a_time_or_a_day_after_a_street_is_no_house_number(text: str) -> None:
    assert found(text, "ADDRESS") == []


DESK_LINES = [
    "Reporter\n070-174 06 71 | Nyhetsdesken 08-465 004 81",
    "Kim Ek, systemtekniker\nServicedesk 031-390 06 51",
    "Frågor om provsvar: ring labbets jourtelefon 031-390 06 78.",
    "Avdelningens telefon 0980-319 215",
    "Telefon till avdelningen (dygnet runt): 040-628 04 32",
]


@pytest.mark.parametrize("text", DESK_LINES)
def test_a_desks_or_wards_landline_is_no_ones(text: str) -> None:
    assert not any(n.startswith(("08", "031", "0980", "040")) for n in found(text, "PHONE"))


@pytest.mark.parametrize("text", [
    "Mammans telefon 08-465 004 72 svarar ingen i.",
    "Ring Sara på avdelningen, 08-465 004 23.",
    "Avdelningens telefon 0980-319 215, min mobil 070-174 06 72.",
])
def test_a_persons_number_beside_a_unit_is_still_found(text: str) -> None:
    assert any(n.startswith(("08", "070")) for n in found(text, "PHONE"))


@pytest.mark.parametrize("text", [
    "Kassör: Nils Öhman, swish 123 611 20 31 (föreningens).",
    "Betala med Swish till 123 611 20 31 (företaget) före fredag.",
    "Vårt plusgiro: 44 12 33-9.",
    "Ge gärna en gåva till Hjärtfonden, pg 90 11 22-4.",
    "Klubbens plusgiro 44 12 33-9, org.nr 802000-0000.",
])
def test_an_organisations_plusgiro_swish_and_number_are_no_accounts(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", [
    "Han fick betalt via Swish till 123 611 20 31 av säljaren.",
    "Hennes konto 8327-9, 294 326 090-7 (Swedbank) används för hyran.",
])
def test_a_payment_with_no_organisation_named_is_still_found(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") != []


def test_a_firms_number_in_brackets_is_no_ones_identity() -> None:
    assert found("Personal från Fjällbemanning AB (559912-0043) var på plats.", "ID_NUMBER") == []
    assert found("Anmäld: Jonas Åkerlund (781204-2214) var på plats.", "ID_NUMBER") != []


def test_a_message_id_and_a_mail_server_are_no_ones_mailbox() -> None:
    text = ("Message-ID: <20270102101500.8812@example.net>\nFrom: Ida Holm <ida.holm@example.net>"
            "\nReason: connection timed out at mx2.example.org")
    assert found(text, "EMAIL") == ["ida.holm@example.net"]


def test_a_fare_in_a_currency_after_a_taxi_is_no_plate() -> None:
    assert found("Kvitto: taxi till Arlanda SEK 640, tåg SEK 212.", "PLATE") == []
    assert found("Taxin hade regnummer KLM 640.", "PLATE") != []


@pytest.mark.parametrize("text", [
    "Jag driver Klinik Holm & Sand AB.\nVänliga hälsningar\nPetra Sand",
    "Min agent är Ulf Holm på Holm & Sand Litterära Agentur.",
])
def test_a_firm_of_two_surnames_joined_by_and_is_no_one(text: str) -> None:
    names = found(text, "PERSON")
    assert not any(n in ("Holm", "Sand") for n in names)
    assert any(n.startswith(("Petra Sand", "Ulf Holm")) for n in names)


@pytest.mark.parametrize("text", [
    "Två sprutor låg i sandlådan vid Harry Martinsons gata 12 i morse.",
    "Trasig lampa: Signe Hammarstens torg 4 – anmält till fastighetsägaren.",
])
def test_a_street_named_after_someone_with_only_a_number_is_a_spot_in_town(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize("text", [
    "Familjen bor på Harry Martinsons gata 12 sedan i våras.",
    "Avsändare: Ebba Lund, Harry Martinsons gata 12, 602 24 Norrköping.",
    "Han hittades på Harry Martinsons gata 12, Norrköping.",
])
def test_the_same_street_as_a_home_is_still_an_address(text: str) -> None:
    assert found(text, "ADDRESS") != []
