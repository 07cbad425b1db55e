"""A receipt's, ticket's, card's, ad's or booking's number, named by the noun right before
it, is no phone and no account; a phone written near such a noun is still found."""

from __future__ import annotations

import pytest

from .kit import found

# Fiction-range numbers (PTS test series) and made-up codes.
DOCUMENT_NUMBERS = [
    ("Kvitto 0441-2218 gällde två jackor.", "PHONE"),
    ("Gymmet: medlemskort 0031-5527 spärrat.", "PHONE"),
    ("Biljett nr 0044-71 82 09 skannades två gånger.", "PHONE"),
    ("Lånekort 0046-5570 31 hittades vid bänken.", "PHONE"),
    ("Återlämningskvitto 0855-2301 låg i påsen.", "PHONE"),
    ("Ticket no. 0087-2231 44 was scanned at the door.", "PHONE"),
    ("Annons #41230019 togs bort av moderatorn.", "BANK_ACCOUNT"),
]


@pytest.mark.parametrize(("text", "kind"), DOCUMENT_NUMBERS)
def test_a_documents_number_is_no_phone_or_account(text: str, kind: str) -> None:
    assert found(text, kind) == []


@pytest.mark.parametrize("text", [
    "Skicka kvitto till 070-174 06 45 via sms.",
    "Gästen skrev sitt nummer på ett kvitto: 070 174 06 98.",
    "Hennes nummer från bokningen: 0701 74 06 15.",
    "Bokning gjord av Ali, mobil 070-174 06 56.",
    "Medlemskort skickas till Pia, nummer 031-390 06 78.",
])
def test_a_phone_beside_a_documents_noun_is_still_found(text: str) -> None:
    assert len(found(text, "PHONE")) == 1
