"""Chat exports whose speakers carry an emoji (`Ylva 🌸:`) or a name the lists lack
(`Qwertin:`) beside given names found: the speakers are named. A form's fields opening lines
(`Datum:`, `Note:`) are no one, however often they repeat."""

from __future__ import annotations

from tests.scan.kit import found

CHAT = """(skärmdump från dotterns telefon)
Qwertin: har du fått tag på nåt till lördag?
Ylva 🌸: ja två bars
Qwertin: nice, swisha dig ikväll
Ylva 🌸: ok men säg inget till mamma"""

FORM = """Rapport 1
Datum: 3 december
Note: två påsar
Ylva: ringde in
Datum: 4 december
Note: inget nytt
Ylva: ringde igen"""


def test_speakers_with_emoji_and_unlisted_speakers_are_named() -> None:
    assert found(CHAT, "PERSON") == ["Qwertin", "Ylva", "Qwertin", "Ylva"]


def test_a_forms_fields_opening_lines_are_no_one() -> None:
    assert found(FORM, "PERSON") == ["Ylva", "Ylva"]
