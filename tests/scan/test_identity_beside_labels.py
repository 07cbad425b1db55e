"""A personnummer beside a bank word or a label of another number keeps its type when its
shape or the word before says it is a person's: an account holder's, a BankID login's, a
customer number written as only a personnummer is, a German writer's `Personennummer`."""

from __future__ import annotations

import pytest

from .kit import found, pnr


@pytest.mark.parametrize(("before", "number"), [
    ("Kontohavare", pnr("800125", "742")),
    ("Kontoinnehavare:", pnr("760702", "487", century="19", valid=False)),
    ("Personkonto", pnr("660626", "671", valid=False)),
    ("Account holder:", pnr("791218", "773", sep="", century="19", valid=False)),
    ("Nordea personkonto", pnr("630506", "252", sep="", valid=False)),
    ("swish till", pnr("781114", "016", sep="", valid=False)),
    ("BankID", pnr("740123", "008", sep="", century="19", valid=False)),
])
def test_a_holders_personnummer_beside_a_bank_word_is_an_identity_number(
        before: str, number: str) -> None:
    text = f"{before} {number}"
    assert found(text, "ID_NUMBER") == [number]
    assert found(text, "BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", [
    "Kontonummer: 199603109603",
    "Konto 8327-9, 934 112 455-2",
    "Clearing 8327, konto 6201026960",
])
def test_an_account_named_as_an_account_stays_one(text: str) -> None:
    assert found(text, "BANK_ACCOUNT") != []


@pytest.mark.parametrize("label", ["Kundnummer", "Medlemsnummer", "Försäkringsnummer",
                                   "Elevnummer", "Skattenummer"])
def test_twelve_digits_in_a_row_after_a_label_are_a_persons_when_they_bind_a_birth(
        label: str) -> None:
    number = pnr("920310", "144", sep="", century="19")
    assert found(f"{label} {number}", "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "Dnr " + pnr("920310", "144", sep="", century="19"),  # a register's: the case's
    "OCR " + pnr("920310", "144", sep="", century="19"),  # a payment's, its own check digit
    "Fakturanr 202611280017",  # dated this year: no birth
    "Kundnummer " + pnr("920310", "144", sep="", century="19", valid=False),
])
def test_a_label_still_claims_what_binds_no_birth_or_names_a_register(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


@pytest.mark.parametrize("text", [
    "Personennummer {}",
    "Seine schwedische Personennummer ist {}.",
])
def test_the_german_name_of_the_personnummer_is_its_cue(text: str) -> None:
    number = pnr("540913", "884", sep="", valid=False)
    assert found(text.format(number), "ID_NUMBER") == [number]


@pytest.mark.parametrize("number", [pnr("700527", "614", sep=":", valid=False),
                                    pnr("700527", "614", sep=":", century="19")])
def test_a_personnummer_a_form_parted_by_a_colon(number: str) -> None:
    assert found(f"Personnummer {number}", "ID_NUMBER") == [number]


@pytest.mark.parametrize("text", ["Tid 20261128:1430", "Loggen 123456:7890"])
def test_a_date_and_a_time_or_a_log_parted_by_a_colon_are_no_personnummer(text: str) -> None:
    assert found(text, "ID_NUMBER") == []


@pytest.mark.parametrize(("text", "account"), [
    ("Ionescu A.  SEK 6 200  5489 145 867 761-7", "5489 145 867 761-7"),
    ("Lind B.  SEK 3 100  8327-9 294 326 090-7", "8327-9 294 326 090-7"),
])
def test_an_account_at_a_ledger_rows_end_after_an_amount(text: str, account: str) -> None:
    assert found(text, "BANK_ACCOUNT") == [account]
