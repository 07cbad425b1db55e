"""A quoted name right after a word for a name, a phone's contact, a sender or a site's user
is masked (`ett namn, "Jolle"`, `the contact: "Zack"`); a pill's, an office's or an agency's
name in the same frames stays readable."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "name"), [
    ('Hon nämnde ett namn, "Krutte", men sa inget mer.', "Krutte"),
    ('He only gave us a name: "Zeppo". Then he hung up.', "Zeppo"),
    ('I telefonen fanns kontakten "Lill-Bosse" med fem missade samtal.', "Lill-Bosse"),
    ('Signaturen "skogsmulle" la upp priserna på forumet.', "skogsmulle"),
    ('Min dotter hade kontakten "Tina" sparad, hon svarar aldrig.', "Tina"),
])
def test_a_name_handed_on_in_quotes_is_masked(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ('Tabletterna hade ett namn, "Tesla", präglat på ena sidan.', "Tesla"),
    ('Appen visade avsändaren "Kundtjänst" och bad om kortnumret.', "Kundtjänst"),
    ('The message came from the sender "HMRC" and asked for bank details.', "HMRC"),
    ('Jag sparade kontakten "Apoteket" i telefonen.', "Apoteket"),
])
def test_a_things_or_an_offices_name_stays(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")
