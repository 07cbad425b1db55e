"""A register's `Surname, Given` never straddles a listed thing's name (namedpairs.py), and a
pair of words right before a lower-case role after a comma is someone's (rolenamed.py)."""

from __future__ import annotations

from .kit import found


def test_a_register_reading_never_straddles_a_listed_place_or_band() -> None:
    for text, thing in (
        ("Vi besökte Anna Berg, Gamla Stan, Erik Ek och Skansen.", "Stan"),
        ("Hörde Jonas Ek, Leila Nouri, Ebba Grön på festivalen.", "Grön"),
    ):
        assert not any(thing in name for name in found(text, "PERSON")), text


def test_a_register_name_keeps_its_reading() -> None:
    assert "Lindqvist, Maja" in found("Kopia: Lindqvist, Maja", "PERSON")
    names = found("Jury: Lars Gunnar Hope, Maria Akyol, Vanja Berg.", "PERSON")
    assert "Maria Akyol" in names and "Vanja Berg" in names


def test_a_pair_before_a_lower_case_role_is_someones() -> None:
    text = "Kontakt för frågor: Ask Skog, evenemangssamordnare, 070-174 06 65"
    assert "Ask Skog" in found(text, "PERSON")
    assert "Tor Vinge" in found("Hälsningar Tor Vinge, fritidsledare", "PERSON")


def test_a_firm_place_or_longer_run_before_a_role_stays() -> None:
    for text in ("Telia Sverige, kundtjänstmedarbetare", "Vi anlitade Securitas Syd, nattvakt",
                 "Kontakta Stora Scen, scenansvarig.", "Försäkringskassan Syd, handläggare",
                 "Region Västra Götaland, handläggare"):
        assert found(text, "PERSON") == [], text


def test_a_capitalised_role_or_no_comma_is_no_apposition() -> None:
    assert found("Gamla Stan Fritidsledare", "PERSON") == []
