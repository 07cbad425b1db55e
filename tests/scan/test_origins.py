"""Names of the origins common in Sweden, beyond Nordic lists, as reporters write them.

Each origin in several voices: a full name mid-sentence, a name typed without its
diacritics, a first name alone after a cue, and (Vietnamese) family name first in three parts.
"""

from __future__ import annotations

import pytest

from mailgate.scan import scan

CASES = [
    ("Sami", "Pt Jovnna Kuhmunen hittades av sambon; Áilu Labba larmade.",
     ["Jovnna Kuhmunen", "Áilu Labba"]),
    ("Chechen", "Athlete Rustam Kadyrov declared Voltaren.", ["Rustam Kadyrov"]),
    ("Roma", "23:40 Milan Taikon brought in by friends.", ["Milan Taikon"]),
    ("Swedish -én surname, unlisted", "real name Mikael Forsén, flat on the third floor",
     ["Mikael Forsén"]),
    ("Finnish", "Hämtade Jukka Heikkinen vid bussen, han var påverkad.", ["Jukka Heikkinen"]),
    ("Finnish, sentence start", "Sirkka Mäkelä ringde om sin son.", ["Sirkka Mäkelä"]),
    ("Polish", "Zbigniew Wiśniewski och Małgorzata Dąbrowska kom till mottagningen.",
     ["Zbigniew Wiśniewski", "Małgorzata Dąbrowska"]),
    ("Polish without diacritics", "zbigniew sa att Malgorzata Dabrowska hade pillren.",
     ["zbigniew", "Malgorzata Dabrowska"]),
    ("Bosnian", "Vi träffade Amra Hadžić och Mirza Kovačević vid stationen.",
     ["Amra Hadžić", "Mirza Kovačević"]),
    ("Bosnian, typed plain", "Jag pratade med Emir Begic om Xanor.", ["Emir Begic"]),
    ("Arabic", "Khaled Al-Hashimi uppger att han köpt på Telegram.", ["Khaled Al-Hashimi"]),
    ("Arabic, first name after a cue", "Hans syster Rahaf hämtade honom.", ["Rahaf"]),
    ("Persian", "Klienten Parisa Rezaei har tagit tramadol.", ["Parisa Rezaei"]),
    ("Afghan", "Vi mötte Ahmadshah Popalzai på fältet.", ["Ahmadshah Popalzai"]),
    ("Kurdish", "Vi mötte Rojin och Shilan på fältet i går.", ["Rojin", "Shilan"]),
    ("Kurdish, full", "Min kusin Hêvî Barzani sitter på anstalten.", ["Hêvî Barzani"]),
    ("Somali", "Faadumo Muse ringde från Rinkeby.", ["Faadumo Muse"]),
    ("Somali orthography", "Vi pratade med Cabdirahman Jaamac om kat.", ["Cabdirahman Jaamac"]),
    ("Tigrinya", "Abrehet Tesfamariam och Kibrom Ghebremariam var med.",
     ["Abrehet Tesfamariam", "Kibrom Ghebremariam"]),
    ("Vietnamese, three parts", "Klienten Le Thi Lan kom in med sin bror.", ["Le Thi Lan"]),
    ("Vietnamese with diacritics", "Nguyễn Văn An ringde. An sa att han köpt tabletter.",
     ["Nguyễn Văn An", "An"]),
    ("Vietnamese, four parts", "Hon heter Vu Thi Hong Nhung.", ["Vu Thi Hong Nhung"]),
    ("Turkish", "Ayşe Yıldırım och Hüseyin Kılıç kom in.", ["Ayşe Yıldırım", "Hüseyin Kılıç"]),
    ("Turkish, typed plain", "Ayse Yilmaz och Huseyin Ozturk har sålt piller.",
     ["Ayse Yilmaz", "Huseyin Ozturk"]),
    ("Thai", "One of the pickers, Kittisak Wongsawat (passport only), took the yellow pills.",
     ["Kittisak Wongsawat"]),
    ("Thai, in a log", "Tue – Supaporn Kaewkham, 41, dizziness after the pills.",
     ["Supaporn Kaewkham"]),
    ("Afghan, a woman's name", "Tolk på dari: Zarghuna, hon kan komma på torsdag.",
     ["Zarghuna"]),
    ("Assyrian", "Föreningens ordförande Ramsin Khoshaba och kassören Shamiram Odisho var där.",
     ["Ramsin Khoshaba", "Shamiram Odisho"]),
    ("Finnish, an older generation", "Hemtjänsten träffade Tyyne Rimpi och hennes bror Urho.",
     ["Tyyne Rimpi", "Urho"]),
    ("Kurdish singer's name given here", "Pappan Dilshad Zebari hämtade sin dotter.",
     ["Dilshad Zebari"]),
]


@pytest.mark.parametrize(("origin", "text", "names"), CASES)
def test_names_of_origins_common_in_sweden(origin: str, text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names, origin


PLACES = [
    "Hon har varit i Ho Chi Minh-staden och Hanoi.",
    "Sommarlägret hålls som vanligt på gården Mor Gabriel utanför Södertälje.",
    "Le Monde skrev om beslaget.",
    "Do not take more than one.",
]


@pytest.mark.parametrize("text", PLACES)
def test_places_and_words_that_look_like_those_names(text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("Rabbin Shmuel Katzenstein och ungdomsledaren Noa Lilienthal finns på plats.",
     ["Shmuel Katzenstein", "Noa Lilienthal"]),
    ("Welfare committee: Kwame Asante (chair) and Efua were present.", ["Kwame Asante", "Efua"]),
    ("Barnen: Elsa (7) och Hugo (4) bor hos mamman.", ["Elsa", "Hugo"]),
])
def test_jewish_and_akan_names_and_children_by_their_age(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


def test_a_count_in_brackets_is_no_age() -> None:
    assert [f.text for f in scan("Tabletterna Elsa (4) st låg kvar.") if f.type == "PERSON"] == []


@pytest.mark.parametrize("text, names", [
    ("Piotrek sa att han inte tagit något, Gosia hämtade honom.", ["Piotrek", "Gosia"]),
    ("Is there anything he can do to appeal?\n– Gus", ["Gus"]),
    ("Vi pratade med Mujo och Ceca på stationen.", ["Mujo", "Ceca"]),
    ("Doug said the pills were blue.", ["Doug"]),
    ("Sid 4 av 12 saknas i pärmen.", []),  # a Swedish word, not the short form
])
def test_short_and_pet_forms_of_given_names(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


@pytest.mark.parametrize("text, names", [
    ("Vi träffade Rebin och Sepideh vid fritidsgården.", ["Rebin", "Sepideh"]),  # Kurdish, Persian
    ("Tuncay ringde om sin bror, Leutrim hämtade honom.", ["Tuncay", "Leutrim"]),  # Turkish
    ("Kontakt: Hawo Bajrami och Awet Woldemichael.", ["Hawo Bajrami", "Awet Woldemichael"]),
])
def test_given_names_and_surnames_of_origins_the_lists_lacked(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names


@pytest.mark.parametrize("text, names", [
    ("Ring Eva Sjöman eller Per Wiksten på kontoret.", ["Eva Sjöman", "Per Wiksten"]),
    ("Enligt Söderling och Wiksten var han påverkad.", ["Söderling", "Wiksten"]),
    ("Vi åt lax och gick till heden.", []),  # the words stay words
])
def test_swedish_surnames_the_lists_lacked(text: str, names: list[str]) -> None:
    assert [f.text for f in scan(text) if f.type == "PERSON"] == names
