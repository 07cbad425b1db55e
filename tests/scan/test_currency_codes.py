"""A currency code after a name is the amount's unit, not a part of the name."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Utbetalning:\nShevchuk N.  SEK 18 400  konto 8327-9, 914 553 420-1", "Shevchuk N."),
        ("Återbetalt till Lindgren A. EUR 300 samma dag.", "Lindgren A."),
        ("Skuld enligt listan: Amira Haddad NOK 2 500", "Amira Haddad"),
        ("Payment received from Tom Reilly GBP 45 for the order.", "Tom Reilly"),
    ],
)
def test_a_currency_code_ends_a_name(text: str, name: str) -> None:
    assert found(text, "PERSON") == [name]
