"""A payment list's lines, a given name then a sum in kronor and a note (`Laksh 650 kr från
konto …`, `Rumeysa 1 300 kr (två biljetter)`), name who paid; a price list's items before
their sums stay things."""

from __future__ import annotations

from .kit import found

PAYMENTS = ("Inbetalningar till resan:\n"
            "Christomir 650 kr via Swish från 070-174 06 14\n"
            "Laksh 650 kr från konto 9150\n"
            "Rumeysa 1 300 kr (två biljetter)\n")
PRICES = ("Priser i kiosken:\n"
          "Biljett 650 kr via Swish\n"
          "Lunch 120 kr i kassan\n"
          "Fika 1 300 kr för hela laget\n")


def test_who_paid_a_sum_is_named() -> None:
    names = found(PAYMENTS, "PERSON")
    assert {"Christomir", "Laksh", "Rumeysa"} <= set(names)


def test_a_price_list_names_no_one() -> None:
    assert found(PRICES, "PERSON") == []


LOWER_DEBTS = "skulder 💸\nelkana 200 (2 bars)\nmkhitar 350\ngiampaolo 100 – tramma\n"
LOWER_SHOPPING = "handla\nöl 200\nchips 50\nkaffe 100\n"


def test_a_debt_list_typed_in_lower_case_names_its_debtors() -> None:
    assert {"elkana", "mkhitar", "giampaolo"} <= set(found(LOWER_DEBTS, "PERSON"))


def test_a_shopping_list_in_lower_case_names_no_one() -> None:
    assert found(LOWER_SHOPPING, "PERSON") == []
