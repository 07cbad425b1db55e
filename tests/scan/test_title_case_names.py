"""Names in lines written in Title Case, where every word is capitalised: a given name and
a surname between a heading's link words (`Möte Med Vera Lund`), and a signature run
together after a line's closing words (`Vänligen, Britt Sommar, bokningen, …`); the
heading's other words, and an imperative after `Vänligen`, name no one."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Anteckningar Från Mötet Med Vera Lund", ["Vera Lund"]),
    ("Sammanfattning Av Samtalet Med Karin Holm Om Hyran", ["Karin Holm"]),
    ("Tack för i dag!\nVänligen, Britt Sommar, bokningen, Konferens & Event Syd AB",
     ["Britt Sommar"]),
    ("Med vänliga hälsningar, Britt Sommar, Konferens Och Event Norr AB", ["Britt Sommar"]),
    ("Weekly Update From Hope Stone To The Board", ["Hope Stone"]),
])
def test_a_name_in_a_title_case_line_is_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Resa Till Stora Mossen Med Alla Barnen",
    "Key Findings Of Increased Availability",
    "Vänligen Kontakta Kundtjänst Om Du Har Frågor",
    "Vänligen, Bokningen Hotell Norr",
    "Notes From The Winter Games",
    "Thanks To The Field Team",
])
def test_a_title_case_line_without_a_name_has_none(text: str) -> None:
    assert found(text, "PERSON") == []
