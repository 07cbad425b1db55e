"""Structured identifiers in writings struct16's bench found missed: a personnummer parted by
a middle dot or after a URL's `id=` key, an American number grouped by dashes or dots, any
country's number after its code without `+`, a class I moped's plate, a Swiss canton's plate,
a number after an office's word (`kontoret`, no bank's) or after the phone's own word
(`hem telefonen`, no helpline's name), a currency's letters before misread digits, a
neighbour's plate known by its driver, its driving verb, a fine's word or a car's compound,
and a number a reply's quoting broke whose head alone is a number too; the look-alikes beside
each stay unflagged."""

from __future__ import annotations

import pytest

from .kit import found, pnr

DOTTED = pnr("700313", sep="\u00b7")
TEN = pnr("700313", sep="")
WRONG = pnr("700313", sep="", valid=False)


@pytest.mark.parametrize(("text", "kind", "value"), [
    (f"pnr {DOTTED} enligt inskannad remiss", "ID_NUMBER", DOTTED),
    (f"Elevens personnummer {DOTTED} saknas.", "ID_NUMBER", DOTTED),
    (f"Öppna https://journal.example.org/patient?id={TEN}&flik=2", "ID_NUMBER", TEN),
    (f"https://intern.example.com/k?klientId={TEN}", "ID_NUMBER", TEN),
    ("US-kontoret: 202-555-0143", "PHONE", "202-555-0143"),
    ("Tel 47 412 34 567 (Oslo)", "PHONE", "47 412 34 567"),  # a country's code, + dropped
    ("Mobil 358 40 123 4567", "PHONE", "358 40 123 4567"),
    ("Ring henne på 49 30 23125417.", "PHONE", "49 30 23125417"),
    ("Kontoret i Boston, 617.555.0112, öppnar 9.", "PHONE", "617.555.0112"),  # office, no bank
    ("Kontoret i Oslo: 412 34 567", "PHONE", "412 34 567"),
    ("Kontonummer 1234 56 78901 hos banken.", "BANK_ACCOUNT", "1234 56 78901"),
    ("Moppe KLM 48 in för byte av kolv.", "PLATE", "KLM 48"),
    ("EU-moped BTR 12 hämtas fredag.", "PLATE", "BTR 12"),
    ("Vi sålde KTN 27 (mopeden) till grannen.", "PLATE", "KTN 27"),
    ("Schweizisk husbil ZH 481203 stod kvar.", "PLATE", "ZH 481203"),
    ("Bilen CAD 1O7 står på gården.", "PLATE", "CAD 1O7"),
    ("Föraren i NX 71951 sov på rastplatsen.", "PLATE", "NX 71951"),
    ("The driver of EL 48213 was asleep at the wheel.", "PLATE", "EL 48213"),
    ("Ägaren till WX 48213 hörde av sig i dag.", "PLATE", "WX 48213"),
    ("KI-VD 6000 körde om på E4 i 160.", "PLATE", "KI-VD 6000"),
    ("EL 48213 parkerade vid rampen.", "PLATE", "EL 48213"),
    ("A Danish-plated AB 12 345 boarded the ferry.", "PLATE", "AB 12 345"),
    ("Hyrbil DK: AB 12 345", "PLATE", "AB 12 345"),  # a compound of `bil`
    ("Kontrollavgift WX 48213 vid entrén.", "PLATE", "WX 48213"),  # fined: a vehicle
    ("Felparkerad EL 48213 utanför porten.", "PLATE", "EL 48213"),
    ("ring mig på hem telefonen 08 46 50 04 22 det är mormor", "PHONE", "08 46 50 04 22"),
    ("Ring mig på telefonen 08-465 004 22 i kväll.", "PHONE", "08-465 004 22"),
    ("> Tel: 08-465 004\n> 12", "PHONE", "08-465 004\n> 12"),  # wrapped, then quoted
    ("> > Växeln 031-390 06\n> > 15 (dagtid)", "PHONE", "031-390 06\n> > 15"),
])
def test_found(text: str, kind: str, value: str) -> None:
    assert found(text, kind) == [value]


@pytest.mark.parametrize(("text", "kind"), [
    ("Version 4·1·2 släpptes 2026·11·02.", "ID_NUMBER"),
    ("Ordernr 202-555-0143 skickad i går.", "PHONE"),
    ("Ärendet har nummer 47 412 34 567 hos oss.", "PHONE"),
    ("Kvinnojourens telefon 08-465 004 00 är öppen dygnet runt.", "PHONE"),
    ("Kostnad 2026-11-14 till 2026-12-01.", "PHONE"),
    ("Kurs SVA 12 och SFI 2B på vuxenutbildningen.", "PLATE"),
    ("Reservdel ATV 22 till fyrhjulingen.", "PLATE"),  # no moped's word
    ("Moppa golvet, sedan KLM 48 i listan.", "PLATE"),  # to mop, no moped
    ("Norsk bil, fraktsedel AB 123456 i lådan.", "PLATE"),  # six digits, no canton
    ("Fraktsedel SE 448213 till lastbilen.", "PLATE"),
    ("Taxi SEK 895 betalt kontant.", "PLATE"),  # an amount stays one
    ("Bilen kostade CAD 107 i hyra per dag.", "PLATE"),
    ("Flyget SK 1417 kom sent till Arlanda.", "PLATE"),  # a flight does not drive
    ("Testet AB 12345 körs i morgon.", "PLATE"),  # a test is run
    ("Föraren av linje 4 bytte vid Slussen.", "PLATE"),
    ("Parkerad i zon AB 1234 hela dagen.", "PLATE"),  # a zone's code
    ("Hyrbilen bokades med bokningskod KT 48213.", "PLATE"),
    ("Ärenden KTR 491, SK 14172 och AB 12345.", "PLATE"),
])
def test_not_found(text: str, kind: str) -> None:
    assert found(text, kind) == []


def test_an_id_keys_number_failing_its_check_stays_in_its_url() -> None:
    text = f"https://journal.example.org/patient?id={WRONG}&flik=2"
    assert found(text, "ID_NUMBER") == [] and found(text, "URL") == [text]


def test_a_quoted_line_after_a_number_starting_with_a_time_is_no_tail() -> None:
    assert found("> Ring 08-465 004\n> 14:30 i morgon.", "PHONE") == ["08-465 004"]
