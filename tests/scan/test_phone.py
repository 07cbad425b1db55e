"""PHONE: Swedish mobiles, landlines and switchboards, and international numbers."""

from __future__ import annotations

import pytest

from .kit import found, pnr

NUMBERS = [
    "070-123 45 67", "0701234567", "070 123 45 67", "070-1234567", "+46 70 123 45 67",
    "+46701234567", "+46 (0)70 123 45 67", "0046 70 123 4567", "08-123 456 78",
    "031-12 34 56", "0498-12 34 56", "08-508 000 00",
    "010-123 45 67", "+358 40 123 4567", "+47 912 34 567", "+44 20 7946 0958",
    "+44 7700 900123", "073/123 45 67",
]


@pytest.mark.parametrize("number", NUMBERS)
def test_phone_numbers_are_found_whole(number: str) -> None:
    assert found(f"Ring {number} efter kl 16.", "PHONE") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Händelsen inträffade 2024-03-15 kl 14.30.",
        "Dnr SN 2024/1234 och diarienummer 2021-1162.",
        "Labnr 21-81863 avser provet.",
        "Beslaget var 250 mg, 12 tabletter, 3 gram.",
        "Tel. tid 08.00-12.00 måndag till fredag.",
        "Datum 15.03.2024 och 15/3 2024.",
        "Ring 112 vid akut förgiftning, 1177 för råd.",
        "Tolkens nummer finns i systemet. Uppdragsnummer U-2611-0391.",
    ],
)
def test_dates_case_numbers_and_doses_are_not_phones(text: str) -> None:
    assert found(text, "PHONE") == []


def test_a_personnummer_is_never_a_phone() -> None:
    from .kit import pnr

    number = pnr("941274", "447", century="19")  # samordningsnummer, day 74
    assert found(f"Elin ({number}) ringde.", "PHONE") == []


SHAPES = [
    ("en dash", "Hon har 070–123 45 67 som nummer.", ["070–123 45 67"]),
    ("split by a line break", "Hon har 070-\n123 45 67 som nummer.", ["070-\n123 45 67"]),
    ("after a cue and a dot", "Tel.070-123 45 67", ["070-123 45 67"]),
    ("after a name and a slash", "Erik/070-1234567", ["070-1234567"]),
    ("two numbers joined by a slash", "ring 070 123 45 67/073 111 22 33",
     ["070 123 45 67", "073 111 22 33"]),
    ("after a short number", "Rum 4 070-123 45 67 i kväll.", ["070-123 45 67"]),
    ("a mobile grouped six and four", "swisha 070174 0648 i dag", ["070174 0648"]),
    ("00 and a spaced country code", "Ring 00 46 70 123 45 67.", ["00 46 70 123 45 67"]),
    ("foreign, (0) after the code", "Ring +964 (0)770 123 4567.", ["+964 (0)770 123 4567"]),
    ("two numbers joined by a comma", "070 123 45 67,070 765 43 21",
     ["070 123 45 67", "070 765 43 21"]),
    ("country code without its plus after a cue", "Tel 46 70 123 45 67", ["46 70 123 45 67"]),
    ("a Swedish mobile without +46 and without 0, after a cue", "Mobilnr: 70 174 06 05",
     ["70 174 06 05"]),
    ("a Norwegian number after 'numret'", "Det norska numret är 412 34 567.", ["412 34 567"]),
]


@pytest.mark.parametrize(("what", "text", "numbers"), SHAPES)
def test_phone_numbers_in_every_grouping(what: str, text: str, numbers: list[str]) -> None:
    assert found(text, "PHONE") == numbers, what


@pytest.mark.parametrize(
    "text",
    [
        "Gästens leg: 0008095699.",  # no country code starts with 0
        "Kurs 08.00-16.30 i aulan.",
        "Mellan 2024-03-01 och 2024-03-10 kl 08.00-16.30.",
        "Hon har personnummer {pnr}.",  # six and four, a valid date, no mobile
    ],
)
def test_shapes_that_are_no_phone_number(text: str) -> None:
    assert found(text.format(pnr=pnr("050312", "234", sep=" ")), "PHONE") == []


ABROAD = [
    ("Norwegian mobile", "Ring meg på 412 34 567 i kveld.", "412 34 567"),
    ("Danish", "ring 20 12 34 56 hvis du vil", "20 12 34 56"),
    ("British", "Call me on 07700 900123.", "07700 900123"),
    ("German", "Handy 0151 23456789", "0151 23456789"),
    ("American", "His cell (202) 555-0148.", "(202) 555-0148"),
]


@pytest.mark.parametrize(("what", "text", "number"), ABROAD)
def test_numbers_written_as_at_home_abroad_after_a_phone_cue(what: str, text: str,
                                                             number: str) -> None:
    assert found(text, "PHONE") == [number], what


@pytest.mark.parametrize(
    "text",
    [
        "Beslaget var värt 20 12 34 56 kr enligt polisen.",  # no phone cue
        "Ärendet har nummer 20 12 34 56.",  # a case's number
        "mobil 2024 1234 56",  # a year first
        "Ring 12 34 56 78 om du vill.",  # no country's number
        "Priset var 1,070 kr per gram.",
    ],
)
def test_eight_digits_without_a_cue_or_with_a_case_word_are_no_foreign_number(text: str) -> None:
    assert found(text, "PHONE") == []


def test_the_second_group_is_where_finditer_puts_it() -> None:
    """_next_group finds the second digit group as GROUP.finditer would."""
    import random

    from mailgate.scan.recognizers.phone import CANDIDATE, GROUP, _next_group

    rng = random.Random(3)
    pieces = ["0", "070", "12", "(", ")", "(08)", " ", "-", "–", "/", ".", "\n", "+46", "45"]
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for match in CANDIDATE.finditer(text):
            groups = list(GROUP.finditer(match.group()))
            expected = match.start() + groups[1].start() if len(groups) > 1 else match.end()
            assert _next_group(match) == expected, text
            seen += len(groups) > 1
    assert seen > 500


def test_no_number_from_abroad_has_fewer_than_8_or_more_than_12_digits() -> None:
    """PHONE skips abroad() outside ABROAD_DIGITS: it finds nothing there."""
    import random

    from mailgate.scan.recognizers.phone import CANDIDATE, _digits
    from mailgate.scan.recognizers.phoneabroad import ABROAD_DIGITS, abroad

    rng = random.Random(4)
    groups = ["0", "46", "412", "34", "567", "20", "12", "601", "234", "(202)", "555-0148", "07700",
              "900123", "1", "99", "8", "12345", "0151"]
    found = 0
    for _ in range(4000):
        number = rng.choice([" ", "-", ""]).join(
            rng.choice(groups) for _ in range(rng.randint(1, 6)))
        text = f"Ring honom på telefonnummer {number} i kväll."
        for match in CANDIDATE.finditer(text):
            hit = abroad(match, text)
            assert hit is None or _digits(match.group()) in ABROAD_DIGITS, number
            found += hit is not None
    assert found > 100


@pytest.mark.parametrize(("text", "phone"), [
    ("Dnr 2026-1234, ring 070-174 06 25 i kväll.", ["070-174 06 25"]),
    ("Labnr 21-81863; hans mobil 0701740626.", ["0701740626"]),
    ("Ärendenummer 2026/0044\n070 174 06 27 (modern)", ["070 174 06 27"]),
    # `case` here is English "in case": a country code is never a case number's
    ("My number in case: +44 7700 900965. Cheers, John", ["+44 7700 900965"]),
])
def test_a_case_numbers_label_does_not_reach_past_its_number(text: str,
                                                              phone: list[str]) -> None:
    assert found(text, "PHONE") == phone


def test_a_label_before_a_number_in_parts_still_names_all_of_it() -> None:
    assert found("Dnr KS 2026/0123-0812 345 gäller beslutet.", "PHONE") == []


def test_a_poison_centres_number_abroad_is_no_ones_and_a_mobile_there_still_is() -> None:
    text = ("ADVARSEL: Kontakt Giftinformasjonen 22 59 13 00 ved spørsmål. "
            "Selgeren svarer på mobil 912 34 567.")
    assert found(text, "PHONE") == ["912 34 567"]
