"""A list's row opening with a listed given name and surname, then a tab and a phone number,
is a contact's, and such a pair after a closing quote and a dash is who said it, even when
both words are also ordinary words (Lisa, Frisk); a place's, a firm's or a paper's two
words stay things."""

from __future__ import annotations

import pytest

from .kit import found

ROWS = (
    ("Visningslista (utdrag)\nLisa Frisk\t070-174 06 61\tintresserad", "Lisa Frisk", True),
    ("Anmälda\nViola Lund\t073-174 06 20\tkommer", "Viola Lund", True),
    ("Hyresgäster\nDag Sjöberg\t08-465 004 21\tlgh 1103", "Dag Sjöberg", True),
    ("Kontakter\nRut Holm\t+46 70 174 06 35", "Rut Holm", True),
    ("Leverantörer\nKronans Apotek\t0771-61 20 00\tjour", "Kronans Apotek", False),
    ("Lokaler\nStora Salen\t08-465 004 21\tplan 2", "Stora Salen", False),
    ("Kontakter\nNorra Skog\t+46 70 174 06 35\tvirke", "Norra Skog", False),
    ("Beställt\nAdam Krona\t070 174 06 02\tkryddor", "Adam Krona", False),
)


@pytest.mark.parametrize(("text", "words", "someone"), ROWS)
def test_a_rows_full_name_before_its_number(text: str, words: str, someone: bool) -> None:
    assert (words in found(text, "PERSON")) is someone


SIGNED = (
    ('Svar 3: "Lunchen var kall." – Viola Ström\n4) Inget svar.', "Viola Ström", True),
    ('"Personalen lyssnade." — Lisa Frisk, Sundsvall', "Lisa Frisk", True),
    ('"Äntligen ett ställe att sova." – Rosa Eng (42)', "Rosa Eng", True),
    ('"Lunchen var kall." – Stora Salen', "Stora Salen", False),
    ('"Personalen lyssnade." — Röda Korset, Sundsvall', "Röda Korset", False),
    ('"Jag vill komma igen." – Svenska Dagbladet', "Svenska Dagbladet", False),
)


@pytest.mark.parametrize(("text", "words", "someone"), SIGNED)
def test_who_said_a_quote(text: str, words: str, someone: bool) -> None:
    assert (words in found(text, "PERSON")) is someone
