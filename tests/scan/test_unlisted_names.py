"""Names no list holds, found by the places only a person takes in a text."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ("Legitimationen i rummet löd: Ovrin Talgast, 851103-2218. Han fick gå.", "Ovrin Talgast"),
    ("På listan stod Merisol Kavundu (19920412-3387) som anhörig.", "Merisol Kavundu"),
    ("Anmälan gjordes och vittnen hördes. Tirvan Egholt, 0701740622, kan kontaktas.",
     "Tirvan Egholt"),
    ("Vi hittade Jelvana Morsk (17) vid busshållplatsen efter midnatt.", "Jelvana Morsk"),
    ("Eleven Kasjmir 19531211-3467 hade tagit piller på rasten.", "Kasjmir"),
    ("I bilen satt Brindel (15 år) och hans kusin när polisen kom.", "Brindel"),
])
def test_a_name_no_list_holds_is_vouched_for_by_what_follows(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Ring Region Gotland på 0701740605 om du undrar något.",
    "Sal Kvarnen (3) är bokad för föreläsningen på fredag.",
    "Vi betalade till Bygg Fabriken, 556781-4420, för renoveringen.",
    "Mötet hölls i Aula Magna 10:15 och avslutades med fika.",
])
def test_a_place_a_firm_or_a_room_before_a_number_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Hej Taviro!\nTack för listan du skickade i går.", "Taviro"),
    ("Hi Orvelin, the parcel you asked about is here.", "Orvelin"),
])
def test_a_name_no_list_holds_greeted_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Hej Malmö! Vi ses på festivalen i helgen.",
    "Hej Grannar! Nu är det dags för städdag.",
])
def test_a_place_or_a_group_greeted_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Vi fick ett samtal i natt om en påse.\nPresskontakt: Fossvin Pårek, kommunikatör",
     "Fossvin Pårek"),
    ("Protokoll från årsmötet i föreningen.\nKassör: Krytvia", "Krytvia"),
    ("Paketet kom i tisdags.\nAvsändare: Ladmir Borvå, Sågargatan 7", "Ladmir Borvå"),
])
def test_a_name_no_list_holds_after_a_persons_label_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Protokoll från årsmötet i föreningen.\nArrangör: Kulturförvaltningen",
    "Offert mottagen i dag.\nLeverantör: Bygg Fix AB, org.nr 556781-4420",
    "Mötet hölls i går kväll.\nKassör: ingen vald ännu",
])
def test_a_label_naming_an_office_or_a_firm_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Han stod vid porten i två timmar. mvh Braunsel", "Braunsel"),
    ("Thanks for the quick reply. Best regards, Krauvid", "Krauvid"),
    ("Det var allt för i dag. Hilsen Galvreid Tornås", "Galvreid Tornås"),
])
def test_a_name_no_list_holds_after_a_closing_on_its_line_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi ses i morgon på mötet. Mvh Socialtjänsten",
    "Tack för i dag, mvh Fältgruppen Norr",
    "Tack Orvik för hjälpen med flytten i lördags.",
])
def test_a_closing_signed_by_an_office_or_thanks_names_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Larmet kom klockan tre. ring Vudmir 070 174 06 65 om nyckeln", "Vudmir"),
    ("Vill du veta mer, kontakta Orvik på 0701740612 efter lunch.", "Orvik"),
])
def test_a_name_no_list_holds_called_on_a_mobile_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Larmet gick i natt. Ring Securitas 010-470 50 00 om det händer igen.",
    "Glömde du något? Kontakta Hittegodset på 070-174 06 12 före fem.",
])
def test_an_office_called_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Cykeln hämtas av Rasko Pöntrål (pappa) efter skolan.", "Rasko Pöntrål"),
    ("Det var rörigt i natt. Deindal (kollega) ringde 112 direkt.", "Deindal"),
    ("Anteckning till vården:\n- 15 okt: Veilmar (min son, 24) började röka igen", "Veilmar"),
])
def test_a_name_no_list_holds_with_kin_in_brackets_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi bokade Sal Bryggan (kontor) för mötet på tisdag.",
    "Företaget Kvarnlyft (kund) fick fakturan i går.",
    "Nytt konto skapat i dag. Behörigheter: Treklang (handläggare), läsa journaler.",
])
def test_a_room_or_a_firm_in_brackets_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Vid middagen i går sa Fävrek (17) att alla i klassen hade provat.", "Fävrek"),
    ("We are the parents of Vukan Krässgom, 16, an exchange student in Umeå.", "Vukan Krässgom"),
])
def test_a_name_no_list_holds_with_an_age_alone_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


def test_a_room_numbered_in_brackets_is_no_one() -> None:
    assert found("Vi bokade Rum Tallen (12) för mötet på fredag.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Två däckade i festlokalen. En gäst, Bynvart, ringde 112 direkt.", "Bynvart"),
    ("Case: a Swedish citizen, Neimar Troföd, treated at the hospital overnight.",
     "Neimar Troföd"),
])
def test_a_name_no_list_holds_in_apposition_to_a_person_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Vi bodde i staden, Malmö, i tre år innan flytten.",
    "Vi har två hundar, Zeus och Bamse, som skäller på natten.",
])
def test_a_place_or_a_pet_in_apposition_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "Numret 0503122340 stod på lappen i hallen.",
    "Telefon 070-174 06 12 gick inte att nå i går.",
    "Koden 850312-2342 fungerade inte i porten.",
])
def test_a_numbers_label_opening_a_sentence_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_full_name_no_list_holds_before_a_verb_of_speech_is_found() -> None:
    text = "Natten var lugn. Ovrin Talgast berättade om festen efteråt."
    assert "Ovrin Talgast" in found(text, "PERSON")


def test_a_place_fronted_before_a_verb_of_speech_is_no_one() -> None:
    text = "Vi åkte dit i maj. På lägret på Norra Tjurholmen berättade en ledare om reglerna."
    assert found(text, "PERSON") == []
