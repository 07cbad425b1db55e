"""PERSON's tail, seventh round: a register's initials after a surname's comma, a surname
heading a list's row, a vicar's title before a surname that is a word, a lone hyphened
Korean given name, a Chinese or Korean name in its own script inside Latin text; beside
look-alikes in the same frames that stay unflagged. All names are made up."""

from __future__ import annotations

import pytest

from .kit import flagged, found

PEOPLE = [
    ("a register's initial", "Kontrollerat av Lindholm, K.", "Lindholm, K."),
    ("a register's two initials", "Utlämnat av Hägglöf, A.-C., farmaceut", "Hägglöf, A.-C."),
    ("a row's surname, colon", "Uppgifter\nBergqvist: hämtar nycklar\nOlsson: städar",
     "Bergqvist"),
    ("a row's shaped surname, dash", "Arbetslista\nSjöqvist – målar trapphuset", "Sjöqvist"),
    ("a vicar's surname that is a word", "Vi pratade med kyrkoherde Rask om minnesstunden.",
     "Rask"),
    ("a hyphened Korean name after med", "Jag åt lunch med Ji-hoon i går.", "Ji-hoon"),
    ("a hyphened Korean name after a verb", "Fråga Seo-yeon om nycklarna.", "Seo-yeon"),
    ("a Chinese name in Han script", "Hyresgäst 陈静 har betalat depositionen.", "陈静"),
    ("a Korean name in Hangul", "Tolk bokad åt 박서준 på tisdag.", "박서준"),
    ("a shaped surname and its initial", "Kontrollerat: Söderblom, K.", "Söderblom, K."),
    ("a roll of unlisted surnames", "Närvarande: Ahlroos, C., Myrén, T. och Wessel, B.",
     "Myrén, T."),
    ("a quoted nickname who sold", "Det var \"Smeden\" som sålde i trappan.", "Smeden"),
    ("a quoted nickname who called", "Hon sa att \"Kopparn\" ringde två gånger.", "Kopparn"),
]


@pytest.mark.parametrize(("voice", "text", "name"), PEOPLE)
def test_the_name_is_found_whole(voice: str, text: str, name: str) -> None:
    assert name in found(text, "PERSON"), voice


NOT_PEOPLE = [
    ("a form's label heading a row", "Ärende\nStatus: oförändrat\nÅtgärd: ingen", "Status"),
    ("a weekday heading a row", "Schema\nTisdag – simning\nTorsdag – gympa", "Tisdag"),
    ("a place in Han script", "Skylten sa 医院 och pekade åt höger.", "医院"),
    ("a city in Hangul", "Hon har flyttat till 서울시 i år.", "서울시"),
    ("a Chinese text's words", "我们明天在王国酒店见面，请准时到达，谢谢大家的帮助。", "王国"),
    ("a loan word hyphened", "Vi pratade med Wi-Fi-leverantören i går.", "Wi-Fi"),
    ("a chat group named in quotes", "Gruppen heter ”Källaren” på Snapchat.", "Källaren"),
    ("an attachment's letter", "Bilaga, B. finns på sidan 3.", "Bilaga"),
    ("the same word twice is no roll", "Bilaga, B. sidan 3 och Bilaga, C. sidan 4", "Bilaga"),
    ("subjects and their grades", "Kurser: Svenska, B., Engelska, A.", "Svenska"),
    ("a parcel that came", "Paketet \"Expressen\" som kom igår var tomt.", "Expressen"),
]


@pytest.mark.parametrize(("voice", "text", "word"), NOT_PEOPLE)
def test_the_look_alike_stays_unflagged(voice: str, text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    assert not [f for f in flagged(text) if f.start < end and start < f.end], voice


def test_a_given_name_alone_takes_no_initial_after_its_comma() -> None:
    assert found("Vi ringde Olle, B. svarade i stället.", "PERSON")[:1] == ["Olle"]
