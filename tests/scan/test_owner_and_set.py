"""A given name that no cue precedes, told by what follows it (its phone, kin, age, a past
tense) or by where a log, an export or a signature sets it; the same places leave words,
drugs and places alone."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Han är 19 år. Adedayo telefon 070-174 06 21.", ["Adedayo"]),
    ("Boende: Kvarngatan 5.\nHindal pnr: se journalen.", ["Hindal"]),
    ("Besök i går. Witold pappa hämtade pojken.", ["Witold"]),
    ("Kuratorns anteckning\nPetr (15) berättar om festen.", ["Petr"]),
    ("Pills found at 02:00. Vilmar transferred by ambulance.", ["Vilmar"]),
    ("Ring mig i kväll.\nHasteinn, 070-174 06 72", ["Hasteinn"]),
    ("Sie war dabei. Thembekile Mutter: keine Angaben.", ["Thembekile"]),
    ("HVB Björkhagen\nEnzo (20021223-6120) kom sent.", ["Enzo"]),
    ("Grannen i 1204 (Apaydin) hittade påsen.", ["Apaydin"]),
    ("She is reachable at 0701740605. Eliza's friend brought her in.", ["Eliza's"]),
    ("Avsändare på kuvertet: Izidor Foran, Norra Vallgatan 3.", ["Izidor Foran"]),
])
def test_what_follows_a_given_name_says_it_is_someones(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("Logg\nTriin 06:10: ligger en påse vid dörren\nBuhari 06:22: jag tar den",
     ["Triin", "Buhari"]),
    ("Chatt\nDurrusehvar (admin): detta är inte okej", ["Durrusehvar"]),
    ("10:30;cykelrummet, lagt i burk;Olimpi\n13:05;soprummet;Berni\n", ["Olimpi", "Berni"]),
    ("Tack för hjälpen.\n– Falur (equipment)", ["Falur"]),
    ("Agent note (Theophil): sender on wait list", ["Theophil"]),
    ("Lag A klart. Reserv: Rija från Linnéuniversitetet.", ["Rija"]),
    ('På lappen: "Eirikur 4000 / Antipatros 2500 / Italo 1200".',
     ["Eirikur", "Antipatros", "Italo"]),
])
def test_a_log_an_export_and_a_signature_set_a_given_name(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Rosa telefon från Ikea står kvar i rummet.",
    "10:30;cykelrummet;Xanor\n13:05;soprummet;Malmö\n",
    "Anteckning\nVecka 06:10: inget att rapportera",
    "Plats: Kvarnparken, sedan Drog: Tina, 3 g.",
    "Vecka 48, Avd 3. Buss 4 stannar vid Lund 2.",
    "Provet (Xanor) skickades. Vi åkte till Lund (Malmö) i går.",
    "Plats: Stora Torget, kl 12.",
])
def test_words_drugs_and_places_in_those_places_stay(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Spellista:\n3. \"Xanny Family\" – Abuzar\n4. \"Jolene\" – Yalislava",
     ["Abuzar", "Yalislava"]),
    ("Närvaro i dag:\nIwan – frånvarande\nLiliia – allergi, EpiPen", ["Iwan", "Liliia"]),
    ("\"det va inte jag\" – Tigran: \"lol\"", ["Tigran"]),
])
def test_a_given_name_beside_a_list_s_dash_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Sammanfattning – inget att rapportera\nViktigt – läs detta först",
    "Resa:\nStockholm – Göteborg tur och retur",
])
def test_words_and_places_beside_a_dash_stay_words(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Charos! Såg du killen vid kiosken?", ["Charos"]),
    ("Lutgart: Heitor är på akuten nu", ["Lutgart", "Heitor"]),
])
def test_a_given_name_called_out_or_writing_opens_its_message(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["Hjälp! Vad gör jag nu", "Grattis! Du vann lotteriet",
                                  "Obs: läs detta först"])
def test_a_word_called_out_or_a_label_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
