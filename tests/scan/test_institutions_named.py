"""An adjective before an institution's word in lower case, and a place's genitive before an
authority, name the institution; a person's genitive before such a word stays a person."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(
    "text",
    [
        "Jag ringde Polisen och Naturhistoriska riksmuseet om fyndet i frysen.",
        "Påsen skickades till Medicinhistoriska museet för analys.",
        "Vi har pratat med Österbottens polis om meddelandena.",
        "Frågan gick vidare till Västerbottens räddningstjänst samma kväll.",
    ],
)
def test_institutions_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hon har pratat med Eriks polis, alltså hans kontakt där.", "Eriks"),
        ("Lindgrens kommun svarade inte, sa Anna Lindgren.", "Anna Lindgren"),
    ],
)
def test_a_persons_genitive_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
