"""Numbers an organisation owns or that only look like a person's: organisation numbers,
an association's plusgiro and Swish, amounts in a currency, a time after a street's name,
a longer ticket number. Beside each, the person's own number stays found."""

from __future__ import annotations

import pytest

from .kit import found

NOT_PERSONAL = [
    ("an organisation number after a firm", "Inhyrd från Fjällbemanning AB (556781-4420): två.",
     "ID_NUMBER"),
    ("an org.nr after a plusgiro", "Föreningens plusgiro 44 71 22-8, org.nr 948285-9429.",
     "BANK_ACCOUNT"),
    ("our plusgiro", "Sekreterare: Amina Farah. Vårt plusgiro: 12 34 56-7.", "BANK_ACCOUNT"),
    ("Swish marked as the association's", "Kassör: Nora Lind, swish 123 220 41 18 (föreningens).",
     "BANK_ACCOUNT"),
    ("Swish marked as the company's", "Betala med Swish till 123 556 70 44 (företaget).",
     "BANK_ACCOUNT"),
    ("an amount in a currency after a taxi", "Taxi to the hotel SEK 895, receipt 00447.", "PLATE"),
    ("a ticket number's first group", "Ett tyskt tåg, biljettnr TKT 7718 2290 41.", "PLATE"),
    ("a time after a square's name", "Samling: Ingrid Bergmans torg 06:30 med ryggsäckar.",
     "ADDRESS"),
    ("a date after a street's name", "Insatsen vid Kungsgatan 4/11 kl. 19.20 gick bra.", "ADDRESS"),
]


@pytest.mark.parametrize(("voice", "text", "kind"), NOT_PERSONAL)
def test_an_organisations_or_a_things_number_is_no_ones(voice: str, text: str, kind: str) -> None:
    assert found(text, kind) == [], voice


PERSONAL = [
    ("a mistyped personnummer after a cue", "pnr 851332-2345 enligt blanketten", "ID_NUMBER",
     "851332-2345"),
    ("someone's own plusgiro", "Hans plusgiro 12 34 56-7 står på lappen.", "BANK_ACCOUNT",
     "12 34 56-7"),
    ("a sole trader's account", "Betalning till 8327-9, 783 308 952-9 (firman, ägare Jon Ek).",
     "BANK_ACCOUNT", "8327-9, 783 308 952-9"),
    ("a plate after a car", "Bilen ABC 123 stod kvar hela natten.", "PLATE", "ABC 123"),
    ("a home with its floor", "Hon bor på Storgatan 12, 2 tr.", "ADDRESS", "Storgatan 12, 2 tr."),
]


@pytest.mark.parametrize(("voice", "text", "kind", "value"), PERSONAL)
def test_the_persons_own_numbers_stay(voice: str, text: str, kind: str, value: str) -> None:
    assert found(text, kind) == [value], voice
