"""Names no list holds where the text itself says someone is meant: the speakers of a chat
taking turns or quoted, someone called or asked about a he or a she, someone's home or
keys; beside
form labels, offices, firms and towns in the same places."""

from __future__ import annotations

import pytest

from .kit import found

SPEAKERS = [
    ("a chat of two", "Vardesh: har du sett henne?\nTulimka: nej inte sen i fredags\n"
     "Vardesh: ok jag ringer dig sen", {"Vardesh", "Tulimka"}),
    ("time stamps in brackets", "[21:04] Qorvan: var är du\n[21:05] Ebrilja: hemma\n"
     "[21:06] Qorvan: kan du komma hit\n[21:09] Ebrilja: om tio min", {"Qorvan", "Ebrilja"}),
    ("a time after the name", "Haskuvo, 21:04: vaknade du?\nMerdija, 21:07: ja typ\n"
     "Haskuvo, 21:08: bra, ring mig", {"Haskuvo", "Merdija"}),
    ("a phone's export with a date and a dash", "04/03/2026, 21:04 - Sitralo: hon svarar "
     "inte\n04/03/2026, 21:06 - Gwendrik: jag testar att ringa\n04/03/2026, 21:15 - "
     "Gwendrik: ingen svarar", {"Sitralo", "Gwendrik"}),
    ("an English transcript", "Obenka: did you get home ok?\nYarvesh: yes thanks\n"
     "Obenka: good, text me tomorrow", {"Obenka", "Yarvesh"}),
]

FORMS = [
    ("a report's fields", "Plats: Centralstationen\nTid: 21:04\nSubstans: okänd\n"
     "Status: avslutad\nObs: ingen skada"),
    ("records repeating their fields", "Ärende 1\nPlats: Torget\nTid: 21:04\nÄrende 2\n"
     "Plats: Parken\nTid: 22:10"),
    ("questions and answers", "Fråga: hur länge verkar det?\nSvar: några timmar\n"
     "Fråga: kan man blanda?\nSvar: nej"),
    ("English fields", "Location: main square\nTime: 21:04\nNote: no injuries\n"
     "Outcome: sent home"),
]


@pytest.mark.parametrize(("what", "text", "people"), SPEAKERS)
def test_speakers_no_list_holds_taking_turns_are_names(
        what: str, text: str, people: set[str]) -> None:
    assert people <= set(found(text, "PERSON")), what


@pytest.mark.parametrize(("what", "text"), FORMS)
def test_form_fields_opening_lines_are_no_speakers(what: str, text: str) -> None:
    assert found(text, "PERSON") == [], what


@pytest.mark.parametrize(("text", "name"), [
    ("Kan du ringa Zelvira och fråga om hon kommit hem?", "Zelvira"),
    ("Fråga Tebrisko om han har nyckeln kvar.", "Tebrisko"),
    ("Jag ska sms:a Kaldrune att vi är sena.", "Kaldrune"),
    ("Jag sms:ade Oruvik igår men han svarade inte.", "Oruvik"),
    ("Please call Vintaro and ask if she is home.", "Vintaro"),
])
def test_someone_called_or_asked_about_a_he_or_she_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Kan du ringa Vårdcentralen och fråga om hon kommit hem?",
    "Fråga Kundtjänst om han har fått beskedet.",
    "Fråga Apoteket om den går att dela.",
])
def test_an_office_called_or_asked_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Vi sov över i Darmikos lägenhet i helgen.", "Darmikos"),
    ("Ostrevas nycklar låg kvar i hallen.", "Ostrevas"),
])
def test_a_genitive_before_a_home_or_keys_is_a_name(text: str, name: str) -> None:
    assert any(name.rstrip("s") in f for f in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Ikeas lampa stod kvar i hallen.",
    "Malmös gator var tomma i natt.",
    "Stiftelsens lägenhet hyrs ut i andra hand.",
    "Skolans nycklar hänger i receptionen.",
    "Jag köpte Velkoras jacka på rea.",
    "Polisen hittade väskan i Volvos bil.",
])
def test_a_firms_or_towns_genitive_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "people"), [
    ("Ravlindo skrev:\n> har någon testat det här?\nJa, funkar bra.", ["Ravlindo"]),
    ("Citat från Ostrevik:\n> det var inte jag\nDet tror jag inte på.", ["Ostrevik"]),
    ("Moderator skrev:\n> tråden är låst\nOk.", []),
    ("Systemet skrev:\n> du har loggats ut\nOk.", []),
])
def test_the_one_a_quote_header_names_is_a_name(text: str, people: list[str]) -> None:
    assert found(text, "PERSON") == people
