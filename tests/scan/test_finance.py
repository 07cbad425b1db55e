"""IBAN (mod-97), bank accounts after a cue, Swish numbers of businesses."""

from __future__ import annotations

import pytest

from .kit import found


def iban(country: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    raw = f"{country}{98 - num % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


SE = iban("SE", "50000000058398257466")


@pytest.mark.parametrize("number", [SE, iban("DE", "370400440532013000"), SE.replace(" ", "")])
def test_valid_ibans_are_found(number: str) -> None:
    assert found(f"Betala till IBAN {number} snarast.", "IBAN") == [number]


def test_iban_with_a_wrong_check_is_not_found() -> None:
    good = iban("SE", "50000000058398257466")
    bad = good[:2] + ("00" if good[2:4] != "00" else "01") + good[4:]
    assert found(f"Konto {bad}", "IBAN") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kontonummer 8327-9, 123 456 789-0 hos Swedbank.", "8327-9, 123 456 789-0"),
        ("Han swishade till 123 456 78 90 igår.", "123 456 78 90"),
        ("clearingnr och konto: 6000-1234567", "6000-1234567"),
        ("Bidrag: bankgiro 5050-1055 eller konto 8327-9, 925 531 158-1",
         "8327-9, 925 531 158-1"),
    ],
)
def test_bank_and_swish_numbers(text: str, number: str) -> None:
    assert found(text, "BANK_ACCOUNT") == [number]


def test_swish_to_a_mobile_is_a_phone_number() -> None:
    text = "Hon swishade 500 kr till 073-987 65 43."
    assert found(text, "BANK_ACCOUNT") == []
    assert found(text, "PHONE") == ["073-987 65 43"]


@pytest.mark.parametrize("text", [
    "Bankgiro 5050-1055 står på fakturan.",
    "Swish till föreningen: 123 456 78 90.",
    "Stöd insamlingen via Swish 123 456 78 90.",
])
def test_an_organisations_bankgiro_and_swish_are_no_ones_account(text: str) -> None:
    """Bankgiro numbers belong to firms and associations; a Swish number to an association
    is the association's. Masking them hides where a warning asks people to give."""
    assert found(text, "BANK_ACCOUNT") == []


def test_numbers_without_a_bank_cue_are_not_accounts() -> None:
    assert found("Beslaget omfattade 1234 567 tabletter och 2024-03-15.", "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", [
    "Kontoutdrag för Swish-flödet, 2026-03-01 – 2026-09-30: 412 betalningar.",
    "Bank statement, account activity from 01.03.2026 to 30.09.2026.",
])
def test_a_date_after_a_bank_word_is_a_period(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize(
    "iban", ["SE45-5000-0000-0583-9825-7466", "SE45 5000 0000\n0583 9825 7466"])
def test_an_iban_in_dashed_groups_or_split_by_a_line_break(iban: str) -> None:
    assert found(f"Betala till IBAN {iban} senast fredag.", "IBAN") == [iban]


@pytest.mark.parametrize("text, account", [
    ("Lönen betalas till 5489 197 894 332-7 varje månad.", "5489 197 894 332-7"),
    ("He pays via 8327-9 294 326 090-7 every week.", "8327-9 294 326 090-7"),
    ("Betala till bankgiro 5050-1055 eller 9150, 708 592 042-7.", "9150, 708 592 042-7"),
])
def test_an_account_in_its_printed_shape_needs_no_bank_word(text: str, account: str) -> None:
    assert found(text, "BANK_ACCOUNT") == [account]


def test_two_ibans_joined_by_a_word_are_two() -> None:
    text = "hun rekeningen: SE13 9407 9721 9178 8794 0837 en SE88 2258 9029 0140 9042 0394. Joost"
    assert found(text, "IBAN") == ["SE13 9407 9721 9178 8794 0837",
                                   "SE88 2258 9029 0140 9042 0394"]


@pytest.mark.parametrize("text", [
    "Kontakt: styrelsen. Klubbens swish 123 445 09 17.",
    "Medlemsavgiften betalas via swish 123 280 66 19 före mars.",
])
def test_a_clubs_own_swish_and_a_fee_paid_by_swish_are_the_clubs(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") == []


def test_a_sellers_swish_stays_flagged() -> None:
    assert found("Säljarens swish 123 445 09 17, sa killen.", "BANK_ACCOUNT") == [
        "123 445 09 17"]


@pytest.mark.parametrize("text", [
    "and a Volvo XC60 returned by Louise af Klint with a strip of pills",
    "bilen, en Audi A4 B8 lämnad av kunden med sprutor i bagaget",
    "a Kia EV60 handed in by the renter at noon on the day after",
])
def test_a_model_code_before_words_is_no_iban(text: str) -> None:
    # Words read one letter at a time pass the mod-97 check at one length in 97.
    assert found(text, "IBAN") == []


def test_an_iban_with_a_banks_letters_is_still_found() -> None:
    number = iban("GB", "NWBK60161331926819")
    assert found(f"Pay to IBAN {number} today.", "IBAN") == [number]


@pytest.mark.parametrize("text", [
    "Revision, kontoutdrag (urval), ärende 26-30817.",
    "Kontoutdrag för kontot nedan, order 118-40 2291.",
    "Kontoutdrag, inbetalning med OCR: 7410 3382 1106.",
    "Swish-betalning, konto hos Nordea, referens 8832-4471 90.",
])
def test_a_references_number_in_a_statement_is_no_account(text: str) -> None:
    """A statement is full of account words; the number right after a case's, an order's or
    a payment reference's label is that reference, which identifies no one."""
    assert found(text, "BANK_ACCOUNT") == []


def test_the_account_beside_a_reference_is_still_found() -> None:
    text = "Ärende 26-30817: kontohavarens konto 9150, 178 874 890-5 har fått 12 insättningar."
    assert found(text, "BANK_ACCOUNT") == ["9150, 178 874 890-5"]
