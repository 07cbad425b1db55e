"""An organisation's landline with a number word in brackets after its name, or its
switchboard's genitive after it, is no one's; a person's number in the same brackets stays."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "kontakt med Anabola mottagningen (nr 031-343 00 00). Gunnar Fahlén, överläkare",
    "Vårt studionummer är 090-786 50 00 (universitetets växel).",
    "Ring Beroendemottagningen (tel. 031-343 00 50) dygnet runt.",
])
def test_an_organisations_bracketed_line_is_no_ones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text, numbers", [
    ("Kontakta Anette Sjöstedt på 011-15 00 00 (vxl) för mer info.", ["011-15 00 00"]),
    ("Ring Anna Berg (tel 031-343 00 17) om du har frågor.", ["031-343 00 17"]),
    ("Ring Beroendemottagningen (tel 070-174 06 50), fråga efter Lisa.", ["070-174 06 50"]),
])
def test_a_persons_number_in_brackets_stays(text: str, numbers: list[str]) -> None:
    assert found(text, "PHONE") == numbers


@pytest.mark.parametrize("text, accounts", [
    ("Treasurer: Matías Araya, Swish 123 555 01 44 (society's).", []),
    ("till 123 771 00 47 (Vårdcentralen Apoteksgården) i mars", []),
    ("Swish 123 556 70 44 (firman, ägare Jon Ek)", ["123 556 70 44"]),
    ("Han swishade till 123 441 96 02 (Ali, hans kompis).", ["123 441 96 02"]),
])
def test_a_swish_number_an_organisation_owns_in_brackets(text: str, accounts: list[str]) -> None:
    assert found(text, "BANK_ACCOUNT") == accounts
