"""Old Swedish given names and their old spellings the lists once lacked (Agda, Edla, Thyra,
Jöns, Pehr, Gustafva), found at a sentence's start, in lower case and beside a surname that
is a place; beside the same frames holding a court, a place, a payroll system or an old word
that must stay unflagged."""

from __future__ import annotations

import pytest

from .kit import flagged, found


@pytest.mark.parametrize(("text", "name"), [
    ("Jag pratade med Agda Lund om hemtjänsten.", "Agda Lund"),
    ("Edla var trött men ville prata om dosetten.", "Edla"),
    ("Anhörig Thyra Bergström ringde kl 14.", "Thyra Bergström"),
    ("Jöns har fått nya sömntabletter av läkaren.", "Jöns"),
    ("Boende: Pehr Lindahl, rum 3.", "Pehr Lindahl"),
    ("kan du ringa torborg efter middagen", "torborg"),
    ("Alfhilds son hämtade ut receptet.", "Alfhilds"),
    ("Mormor Gustafva har ont i höften.", "Gustafva"),
    ("Emerentia Sund vill ha en ny tid.", "Emerentia Sund"),
    ("Helfrid tog sin medicin först efter lunch.", "Helfrid"),
])
def test_an_old_given_name_is_found(text: str, name: str) -> None:
    assert any(name in f for f in found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "Målet är överklagat till Svea hovrätt sedan i juni.",
    "Jag pratade med Göta hovrätt om handlingarna.",
    "Svea hovrätt fastställde domen i går.",
    "Hon har bott i Dorotea sedan barndomen.",
    "han drog lotten med högsta vinsten",
    "det var mest agnar kvar efter tröskningen",
    "Frånvaron är inlagd i Agda PS sedan i morse.",
])
def test_a_court_a_place_a_product_or_an_old_word_stays_unflagged(text: str) -> None:
    assert flagged(text) == []
