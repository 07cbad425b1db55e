"""Structured look-alikes named by what carries them, beside true identifiers in the same
frames: a plate-shaped code after a flight's, an imprint's or a form's word (numbercues'
CODE_CARRIERS); public premises placed at a street, a street on a route (workplace.py); a
platform's user id or a payment's message after an account word (finance.py); a row of
four-digit groups whose head is valid as a number from abroad (coderows.py). All values
made up; phones from the fiction ranges."""

from __future__ import annotations

import pytest

from .kit import found

NOT_A_PLATE = [
    "Flight SAS 128 was delayed, so the crew arrived after midnight.",
    "Vi tog flyg KLM 114 till Amsterdam och vidare.",
    "Out: flight BT 104 – Back: flight SK 1417.",
    "Pillret var märkt ABC 123 på ena sidan.",
    "The tablets were stamped RTX 200 and pressed at home.",
    "Tabletten var präglad MKX 30 och ljusblå.",
    "Fyll i blanketten FKX 5041 och skicka den.",
    "Please fill in form HRB 110 before the visit.",
]

A_PLATE = [
    ("a car after the flight", "Efter flyget hämtade han bilen KLM 114 på parkeringen.",
     "KLM 114"),
    ("a car marked", "Bilen var märkt ABC 123 på dörren.", "ABC 123"),
    ("a plate's word before a flight", "Hyrbil: plate WOX 123. Out: flight BT 104.",
     "WOX 123"),
]


@pytest.mark.parametrize("text", NOT_A_PLATE)
def test_a_code_after_its_carriers_word_is_no_plate(text: str) -> None:
    assert found(text, "PLATE") == []


@pytest.mark.parametrize(("voice", "text", "plate"), A_PLATE)
def test_a_plate_beside_a_carriers_word_is_found(voice: str, text: str, plate: str) -> None:
    assert plate in found(text, "PLATE"), voice


NOT_A_HOME = [
    ("a remand prison", "Häktet ligger på Kronobergsgatan 9, besök bokas dagen innan."),
    ("a prison", "Anstalten ligger på Fängelsevägen 1, besök bokas via växeln."),
    ("a court that moved", "Tingsrätten finns numera på Rättsgatan 12 i stan."),
    ("a desk", "Hämta paketet i disken på Stationsgatan 4."),
    ("an English clinic", "The clinic is at Storgatan 4, drop-in on Tuesdays."),
    ("an English post", "The command post is at Skyddsrumsgatan 2 during exercises."),
    ("an office that moved", "Our office has moved to Hamnkajen 3, same phone number."),
    ("a route past it", "Gå förbi Stortorget 1 och sväng höger mot hamnen."),
    ("an English route", "Walk past Hamngatan 4 and turn left at the lights."),
]

A_HOME = [
    ("from school to a home", "Hon gick från skolan till Storgatan 8 där hon bor.",
     "Storgatan 8"),
    ("an English walk home", "She went from school to Ekvägen 4 where her mother lives.",
     "Ekvägen 4"),
    ("after the hospital", "He left the hospital and went home to Storgatan 8.", "Storgatan 8"),
    ("a home near a prison", "Han bor på Kronobergsgatan 19, nära häktet.",
     "Kronobergsgatan 19"),
    ("after school, home", "Efter skolan går hon hem till Tallbacken 18.", "Tallbacken 18"),
    ("a home past which", "Vi gick förbi hans lägenhet på Storgatan 8.", "Storgatan 8"),
    # a flat's tenure ends as a court's name does (`-rätten`): a home, no court
    ("a condominium", "Hon äger bostadsrätten på Storgatan 8 i Malmö.", "Storgatan 8"),
    ("a rented flat", "Han bor kvar i hyresrätten på Lindvägen 12.", "Lindvägen 12"),
]


@pytest.mark.parametrize(("voice", "text"), NOT_A_HOME)
def test_public_premises_placed_at_a_street_are_no_home(voice: str, text: str) -> None:
    assert found(text, "ADDRESS") == [], voice


@pytest.mark.parametrize(("voice", "text", "home"), A_HOME)
def test_a_home_beside_premises_is_found(voice: str, text: str, home: str) -> None:
    assert any(home in hit for hit in found(text, "ADDRESS")), voice


NOT_AN_ACCOUNT = [
    "Moderatorn bannade kontot. Skärmdump sparad, användar-id 881203447120551936.",
    "Hans Instagramkonto har id 4471229301 enligt plattformen.",
    "Betala till konto enligt avin, meddelande 4471 2290 118, senast fredag.",
]

AN_ACCOUNT = [
    ("a message after it", "Kontonummer 8105-9, 605 855 940-6, meddelande: hyra.",
     "8105-9, 605 855 940-6"),
    ("an account then a message", "Swisha till konto 3300 1234 567, meddelande 4471.",
     "3300 1234 567"),
]


@pytest.mark.parametrize("text", NOT_AN_ACCOUNT)
def test_a_user_id_or_a_message_is_no_account(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(("voice", "text", "account"), AN_ACCOUNT)
def test_an_account_beside_a_message_is_found(voice: str, text: str, account: str) -> None:
    assert account in found(text, "BANK_ACCOUNT"), voice


NOT_A_PHONE = [
    "Paketet hade spårning 00370 7340 1022 9811 och gick via Malmö.",
    "Kolli 0046 7340 1022 9811 4471 skannades i Malmö.",
    "Biljett 0701 7406 0522 1190 användes två gånger.",
]

A_PHONE = [
    ("a number from abroad", "Hennes litauiska nummer är 00370 612 34567.", "00370 612 34567"),
    ("two mobiles listed", "Ring 070-174 06 05 070-174 06 06 i första hand.", "070-174 06 06"),
    ("a mobile and a count", "Ring 070-174 06 05 2 gånger om ingen svarar.", "070-174 06 05"),
]


@pytest.mark.parametrize("text", NOT_A_PHONE)
def test_a_row_of_four_digit_groups_is_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(("voice", "text", "phone"), A_PHONE)
def test_a_phone_beside_digit_groups_is_found(voice: str, text: str, phone: str) -> None:
    assert phone in found(text, "PHONE"), voice
