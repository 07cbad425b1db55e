"""A doer's label opening a clause signs with the initials after it (signers.py)."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, initials", [
    ("P022 – utgått: deltagaren drog tillbaka samtycket, data raderat av JH\nP031 – klar",
     "JH"),
    ("Provet kom i retur, granskat av MB innan det kasserades.", "MB"),
])
def test_a_doers_initials_after_a_clauses_label(text: str, initials: str) -> None:
    """A doer's label (`raderat av`, `granskat av`) opening a clause after a comma signs too."""
    assert initials in found(text, "PERSON")


def test_units_after_a_clauses_label_stay() -> None:
    assert found("Provet analyserat, hanterat av HR och IT.", "PERSON") == []
