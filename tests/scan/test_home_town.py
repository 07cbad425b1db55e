"""The town written after a home's street and number is masked with it (on an envelope the
two make one door); a town said in passing, or a street named without a number, stays."""

from __future__ import annotations

import pytest

from .kit import found

HOMES = [
    ("a listed town after a comma", "Pappan bor kvar på Hallonvägen 14, Hudiksvall.",
     "Hallonvägen 14, Hudiksvall"),
    ("a town typed without diacritics", "hamtar bilen pa Smedjegatan 9, Jonkoping imorrn",
     "Smedjegatan 9, Jonkoping"),
    ("capitals, no comma", "VI BOR PÅ LINGONSTIGEN 3 HÄRNÖSAND\nRING OSS",
     "LINGONSTIGEN 3 HÄRNÖSAND"),
    ("an unlisted village closing the sentence", "Stugan ligger på Blåbärsvägen 6, Ängsvik.",
     "Blåbärsvägen 6, Ängsvik"),
    ("a town of two words", "Adress: Mjölnargränd 2, Upplands Väsby",
     "Mjölnargränd 2, Upplands Väsby"),
    ("a given name before a genitive street", "Hemadress: Birger Jarlsgatan 40, Sundsvall.",
     "Birger Jarlsgatan 40, Sundsvall"),
    ("a suburb's centre with a number", "lägenheten på Tensta centrum 7, 163 64 Spånga, där",
     "Tensta centrum 7, 163 64 Spånga"),
    ("a British town and postcode", "He lives at 27 Heron Road, Bolton BL2 6QX with his dad.",
     "27 Heron Road, Bolton BL2 6QX"),
    ("an American town, state and ZIP", "Mail: 88 Cedar Hollow Drive, Akron, OH 44301.",
     "88 Cedar Hollow Drive, Akron, OH 44301"),
]


@pytest.mark.parametrize(("voice", "text", "address"), HOMES)
def test_the_town_after_a_home_is_masked_with_it(voice: str, text: str, address: str) -> None:
    assert address in found(text, "ADDRESS"), voice


KEPT = [
    ("a town said with `i`", "Han bor på Hallonvägen 14 i Hudiksvall.", "Hallonvägen 14",
     "Hudiksvall"),
    ("a person after the address", "Nyckeln finns på Hallonvägen 14, Tove.", "Hallonvägen 14",
     "Tove"),
    ("a word going on after an unlisted word", "Ring till Hallonvägen 14, Ängsvik vet var det är",
     "Hallonvägen 14", "Ängsvik"),
    ("a sentence's first word after `På`", "På Kungsgatan 12 bor hon.", "Kungsgatan 12", "På"),
]


@pytest.mark.parametrize(("voice", "text", "address", "kept"), KEPT)
def test_a_town_not_joined_to_the_home_stays(voice: str, text: str, address: str,
                                            kept: str) -> None:
    addresses = found(text, "ADDRESS")
    assert addresses == [address], voice
    assert all(kept not in a for a in addresses), voice


@pytest.mark.parametrize("text", ["Vi möts vid Tensta centrum klockan sju.",
                                  "Bussen går från Tensta centrum 4 gånger i timmen."])
def test_a_suburbs_centre_without_a_home_stays(text: str) -> None:
    assert found(text, "ADDRESS") == []


CUED = [
    ("a village and a number after `bor i`", "Hon bor i Lillby 312, Orsa.", "Lillby 312, Orsa"),
    ("a block after `adressen är`", "adressen är Hagaparken 3", "Hagaparken 3"),
    ("a farm after `Adress:`", "Adress: Smedbyn 15", "Smedbyn 15"),
    ("a street shortened with its dot", "Han bor på Kungsg. 5 i Borås.", "Kungsg. 5"),
    ("a number glued to the street", "adr: Bergsgatan14", "Bergsgatan14"),
    ("`nummer` before the house", "bor på Pilgatan nummer 7", "Pilgatan nummer 7"),
    ("an avenue with a capital", "De har flyttat till Kista Allé 3.", "Kista Allé 3"),
    ("a floor before the town", "bor Ängsvägen 9, 2 tr, Umeå", "Ängsvägen 9, 2 tr, Umeå"),
]


@pytest.mark.parametrize(("voice", "text", "address"), CUED)
def test_homes_an_address_cue_marks(voice: str, text: str, address: str) -> None:
    assert address in found(text, "ADDRESS"), voice


@pytest.mark.parametrize("text", [
    "Hon bor i Göteborg sedan Covid 19 kom.",
    "bor ensam, Samtal 3 med honom idag",
    "Adressen finns i Bilaga 3.",
    "Pappan hade amfetamin hemma. Ärende 5000-K9901-26.",
    "Han bor på Avdelning 5 på SiS-hemmet.",
    "Han bor i Malmö 12 år till.",
])
def test_a_capitalised_word_and_a_number_near_a_cue_is_no_home(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize(("text", "address"), [
    ("fällde eken hos familjen på björkbacksvägen tjugo i stammen", "björkbacksvägen tjugo"),
    ("Han bor på Storgatan fem sedan i våras.", "Storgatan fem"),
])
def test_a_house_number_in_words(text: str, address: str) -> None:
    assert found(text, "ADDRESS") == [address]


@pytest.mark.parametrize("text", ["Hon bodde på Storgatan en tid.",
                                  "Vi gick längs Storgatan tre gånger i natt."])
def test_a_number_word_that_counts_is_no_house(text: str) -> None:
    assert found(text, "ADDRESS") == []


@pytest.mark.parametrize(("text", "address"), [
    ("The tenant lives at 41 Bramble Close, Leicester LE3 9QT.",
     "41 Bramble Close, Leicester LE3 9QT"),
    ("He lives at 3 Willow Court, Derby.", "3 Willow Court, Derby"),
    ("ADRESS: STORGATAN 44 B, KIRUNA", "STORGATAN 44 B, KIRUNA"),
])
def test_more_street_words_and_a_letter_before_the_town(text: str, address: str) -> None:
    assert address in found(text, "ADDRESS")


def test_a_case_named_by_a_street_and_a_year_month_is_no_home() -> None:
    assert found("Ärendet Tallbacken 2026-04 är avslutat.", "ADDRESS") == []
