"""Text garbled by the machines it passed through: HTML entities left by an old mail system,
UTF-8 read as Windows-1252 by a migration, a zero OCR read for an O. Names are found as their
writer typed them and masked where the garbled letters stand."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan
from mailgate.scan.repair import repaired
from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Anmälan från gamla systemet: Jag heter Ingrid H&auml;llstr&ouml;m och min bror "
     "G&ouml;sta tar Lyrica.", ["Ingrid H&auml;llstr&ouml;m", "G&ouml;sta"]),
    ("Skickat av: Sj&#246;berg, M&aring;rten", ["Sj&#246;berg, M&aring;rten"]),
    ("FrÃ¥n: MÃ¥rten LindstrÃ¶m. Grannen Ã…sa BÃ¤ckman sÃ¤ljer tabletter.",
     ["MÃ¥rten LindstrÃ¶m", "Ã…sa BÃ¤ckman"]),
    ("DELTAGARE (OCR): K0RNELIA SVENSS0N (kursledare)", ["K0RNELIA SVENSS0N"]),
    ("Mottagare enligt skannad lapp: Ol0f Bergstr0m", ["Ol0f Bergstr0m"]),
])
def test_names_in_garbled_text_are_found_where_they_stand(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_a_garbled_name_is_masked_whole() -> None:
    text = "Kontakt: G&ouml;ran Str&ouml;m, ring honom."
    assert mask(text, scan(text)) == "Kontakt: [NAMN], ring honom."


def test_other_findings_keep_their_places_after_a_repair() -> None:
    text = "Fr&aring;n Bj&ouml;rn, ring 070-174 06 12 p&aring; kv&auml;llen."
    assert found(text, "PHONE") == ["070-174 06 12"]


@pytest.mark.parametrize("text", [
    "Tabletterna märkta A0B och 2C-B, batch X0Y-12, ska analyseras.",
    "Priset var 100 kr &amp; leveransen 0 kr.",
    "Artikel TX0A-220 och modell E0E; inga namn här.",
])
def test_codes_with_zeros_and_plain_entities_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_text_without_marks_is_not_copied() -> None:
    assert repaired("Vanlig text om Göran Ström, 070-174 06 12.") is None


def test_a_repaired_copy_maps_back_to_the_original() -> None:
    text = "Hej Bj&ouml;rn och GÃ¶ran, T0VE."
    view = repaired(text)
    assert view is not None and view.text == "Hej Björn och Göran, TOVE."
    for word in ("Björn", "Göran", "TOVE"):
        start = view.text.index(word)
        end = start + len(word)
        assert repaired(text[view.start(start):view.end(end)]) is not None
    assert text[view.start(4):view.end(9)] == "Bj&ouml;rn"
    assert text[view.start(14):view.end(19)] == "GÃ¶ran"


def test_an_ipv6_address_ending_in_hex_letters_keeps_its_zero() -> None:
    text = "Inloggning från 2001:db8:7b32::b0b klockan 03:12, användare okänd."
    assert found(text, "IP") == ["2001:db8:7b32::b0b"]
    assert repaired(text) is None
