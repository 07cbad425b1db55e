"""A name found by one of its parts is masked whole (fullnames.py): the part left outside would
reach every member. Each rule beside a text where the word next to a name is no part of it."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, publishable, scan
from mailgate.scan.wholename.after import particles_after

from .kit import found


def _masked_text(text: str) -> str:
    return mask(text, scan(text))


@pytest.mark.parametrize(("text", "name"), [
    # a word, kin word or unlisted surname after a given name found alone
    ("Vaktmästaren Rune Sommar hittade sprutan.", "Rune Sommar"),
    ("Grannen Evelina Öhrn ringde i morse.", "Evelina Öhrn"),
    ("Vi pratade med Dimitra Papadakis på akuten.", "Dimitra Papadakis"),
    # a given name that is also a word before a surname found alone
    ("Kontakt i kören är Bror Lindkvist.", "Bror Lindkvist"),
    ("Ansprechpartner ist Till Brückner, Sozialarbeiter.", "Till Brückner"),
    # a register's surname before its comma
    ("Intagna:\nHAGSTRAND, Vilma\nMOSSBERG, Ture", "HAGSTRAND, Vilma"),
    ("Förare: Kvarn, Edit", "Kvarn, Edit"),
    # particles
    ("Volontären Greta zu Weilen kom inte.", "Greta zu Weilen"),
    ("Min handledare Ifan ap Hywel svarar.", "Ifan ap Hywel"),
    ("Anmälan gäller VON DER AUE, Malte", "VON DER AUE, Malte"),
    # a nickname inside a name, a non-drug nickname glued before one
    ('På bänken satt Rolf "Sotarn" Hedberg.', 'Rolf "Sotarn" Hedberg'),
    ("Alla känner Grus-Gunnar i byn.", "Grus-Gunnar"),
    # an initial, a surname broken at the line's end, OCR's 1 for l
    ("Ring Saga W om nyckeln.", "Saga W"),
    ("Patienten Leif Sjö-\nholm sov.", "Leif Sjö-\nholm"),
    ("Kund: Vera Kar1sson, kvitto 44.", "Vera Kar1sson"),
])
def test_the_whole_name_is_masked(text: str, name: str) -> None:
    shown = _masked_text(text)
    for part in name.replace(",", " ").replace('"', " ").replace("-\n", " ").split():
        assert part not in shown, (part, shown)


@pytest.mark.parametrize(("text", "word"), [
    ("Mötet i Västerås leddes av Sofia Lindahl Måndag eftermiddag.", "Måndag"),
    ("Tack Ellen! Apoteket har fått listan.", "Apoteket"),
    ("Till Anna: ring när du kan.", "Till"),
    ("Hej, Anna!", "Hej"),
    ("Kalle Polisen ringde inte.", "Polisen"),
    ("Han kallas Kokain-Kalle i kvarteret.", "Kokain"),
    ("sa till lina i morse att hon skulle ringa", "i morse"),
    ("Kristina i Malmö och Anna de Wit kom.", "Malmö"),
])
def test_a_word_beside_a_name_stays(text: str, word: str) -> None:
    assert word in _masked_text(text)


def test_one_placeholder_for_one_name() -> None:
    text = "Vaktmästaren Rune Sommar hittade sprutan."
    persons = [f for f in publishable(scan(text)) if f.type == "PERSON"]
    assert [f.text for f in persons] == ["Rune Sommar"]


def test_a_phone_beside_a_name_keeps_its_own_finding() -> None:
    text = "Ring Saga 070-174 06 55 om nyckeln."
    assert found(text, "PHONE") == ["070-174 06 55"]


@pytest.mark.parametrize(("text", "found_part", "whole"), [
    ("Kunden Samira Bou Saab betalade.", "Samira Bou", "Samira Bou Saab"),
    ("vi såg oscar von essen där", "oscar von", "oscar von essen"),
    # a capitalised name goes on only by a capitalised word
    ("Kunden Ali Bin och Omar kom.", "Ali Bin", "Ali Bin"),
])
def test_a_name_ending_in_a_particle_goes_on_in_its_own_case(
        text: str, found_part: str, whole: str) -> None:
    start = text.index(found_part)
    end = particles_after(text, start, start + len(found_part))
    assert text[start:end] == whole
