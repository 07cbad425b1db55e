"""Personnummer written with the date's own dots, slashes or spaces, with the private digits
hidden, cut by a line break anywhere, or a few words after their cue; beside each family the
dates, times, versions and case numbers of the same shapes that must stay unflagged. Every
number is synthetic: its check digit computed, or deliberately wrong (BAD).
"""

from __future__ import annotations

import pytest

from .kit import found, pnr

BAD = {"valid": False}
GOOD_TEN = pnr("910223", "456", sep="")  # born 1991-02-23, check digit right
BAD_TEN = pnr("910223", "456", sep="", **BAD)
YOUNG_BAD = pnr("020917", "338", sep="", **BAD)  # born 2002: 0209… is also a landline's shape


def _dotted(ten: str, sep: str = ".", last: str = ".") -> str:
    """YY.MM.DD.NNNN, or with other separators between the date parts and before the tail."""
    return f"{ten[:2]}{sep}{ten[2:4]}{sep}{ten[4:6]}{last}{ten[6:]}"


# (what, text with the number in it, the number)
DATE_SEPARATORS = [
    ("dots all through", "Vakten noterade {n} i rapporten.", _dotted(GOOD_TEN)),
    ("dots all through, century", "Vakten noterade 19{n} i rapporten.", _dotted(GOOD_TEN)),
    ("dots, then a space", "Boende {n} har flyttat.", _dotted(GOOD_TEN, last=" ")),
    ("spaces all through", "Boende {n} har flyttat.", _dotted(GOOD_TEN, sep=" ", last=" ")),
    ("slashes, then a dash, wrong check digit", "Boende {n} har flyttat.",
     _dotted(BAD_TEN, sep="/", last="-")),
    ("dots all through after its cue, wrong check digit", "Hans pnr. är {n} enligt LMA-kortet.",
     _dotted(BAD_TEN)),
]

HIDDEN = [
    ("dotted date, the last four hidden", "Anmäld: Sara Holm {n}.", _dotted(GOOD_TEN[:6] + "XXXX",
                                                                        last="-")),
    ("no separator before the hidden four", "Sökande {n} beviljades.", GOOD_TEN[:6] + "xxxx"),
    ("twelve digits, a space, stars", "Sökande 19{n} beviljades.", GOOD_TEN[:6] + " ****"),
    ("two digits shown, two hidden", "Sökande {n} beviljades.", GOOD_TEN[:8] + "XX"),
]

_TWELVE = "19" + GOOD_TEN
WRAPPED = [
    ("after the year", "Brukaren (pnr {head}\n{tail}) vägrade provet.", _TWELVE, 4),
    ("after the month", "Brukaren (pnr {head}\n{tail}) vägrade provet.", _TWELVE, 6),
    ("after the date, before the dash", "Den boende {head}\n-{tail} hotade personalen.",
     "19" + GOOD_TEN[:6], None),
    ("inside the last four", "Den boende {head}\n{tail} hotade personalen.",
     GOOD_TEN[:6] + "-" + GOOD_TEN[6:], 9),
    ("in a quoted reply, wrong check digit", "> Klientens personnr {head}\n> {tail} stämmer?",
     BAD_TEN[:6] + "-" + BAD_TEN[6:], 4),
    ("ten digits, no cue", "Brukaren {head}\n{tail} vägrade provet.", GOOD_TEN, 3),
]


@pytest.mark.parametrize(("what", "template", "number"), DATE_SEPARATORS + HIDDEN)
def test_a_personnummer_with_the_dates_own_separators_or_a_hidden_tail_is_flagged(
        what: str, template: str, number: str) -> None:
    hits = found(template.format(n=number), "ID_NUMBER")
    assert len(hits) == 1 and number in hits[0], what


@pytest.mark.parametrize(("what", "template", "number", "cut"), WRAPPED)
def test_a_personnummer_cut_by_a_line_break_is_flagged_whole(
        what: str, template: str, number: str, cut: int | None) -> None:
    if cut is None:  # the dash starts the next line
        head, tail = number, GOOD_TEN[6:]
    else:
        head, tail = number[:cut], number[cut:]
    text = template.format(head=head, tail=tail)
    hits = found(text, "ID_NUMBER")
    assert len(hits) == 1, what
    assert hits[0].startswith(head) and hits[0].endswith(tail), what


@pytest.mark.parametrize("template", [
    "Registret (personnummer, t.ex. {n}) lämnas inte ut.",
    "Pnr, dvs. {n}, saknas i journalen.",
    "Hans samordningsnummer är alltså {n} enligt Migrationsverket.",
])
def test_a_mistyped_number_a_few_words_after_its_cue_is_an_identity_number(template: str) -> None:
    assert found(template.format(n=YOUNG_BAD), "ID_NUMBER") == [YOUNG_BAD]


def test_a_mobile_number_after_a_personnummer_and_its_phone_cue_stays_a_phone() -> None:
    mobile = pnr("070123", "456", sep="", **BAD)  # 0701234…: born 2007 as a personnummer
    text = f"Pnr {pnr('910223', '456')}, mobil {mobile} dagtid."
    assert found(text, "PHONE") == [mobile]


NOT_FLAGGED = [
    ("a dotted date", "Mötet hölls 2024.05.12 i Umeå."),
    ("a dotted date and a time", "Larmet kom 2024.05.12 kl. 14.30 till centralen."),
    ("a dashed date and a time without its colon", "Loggat 2024-05-12 {time} av nattvakten."),
    ("a dotted date and time run together, no check digit", "Händelse 20{dotted_time} sparad."),
    ("a dotted date and a time, the check digit right by chance", "Larm 2024.05.12 {clock}."),
    ("a diary number", "Dnr 2024-1234 gäller tillsynen."),
    ("a diary number written with dots", "Dnr {dotted} gäller tillsynen."),
    ("a lab number with its tail hidden", "Labnr {hidden} avser urinprovet."),
    ("a version number", "Appen uppdaterades till version 12.12.05.{tail}."),
    ("four groups of digits, no check digit", "Koden {spaced} stod på lådan."),
    ("a diary number cut by a line break", "Dnr 2024-\n1234 gäller tillsynen."),
    ("a lab number cut by a line break", "Labnr {head}\n{tail_cut} avser urinprovet."),
    ("a year at a line's end, a phone number below", "Anställd sedan 2019\n070-123 45 67."),
    ("counts on two lines", "Antal påsar: 12\n3456 tabletter totalt."),
    ("a price and a time", "Priset var 1 250 kr kl. 21.15."),
]


@pytest.mark.parametrize(("what", "template"), NOT_FLAGGED)
def test_dates_times_and_case_numbers_of_the_same_shapes_stay_unflagged(
        what: str, template: str) -> None:
    text = template.format(
        time=pnr("240512", "143", sep="", **BAD)[6:],
        dotted_time=_dotted(pnr("240512", "143", sep="", **BAD)),
        dotted=_dotted(GOOD_TEN, last="-"), hidden=GOOD_TEN[:6] + "-XXXX",
        tail=pnr("121205", "123", sep="", **BAD)[6:],
        spaced=_dotted(BAD_TEN, sep=" ", last=" "),
        head=GOOD_TEN[:4], tail_cut=GOOD_TEN[4:6] + "-" + GOOD_TEN[6:],
        clock=pnr("240512", "143")[-4:],  # 143C: a time of day that passes the check
    )
    assert found(text, "ID_NUMBER") == [], what


def test_ten_bare_digits_closing_a_remark_keep_both_readings() -> None:
    from mailgate.scan import scan

    text = f"Listan (se t.ex. {YOUNG_BAD}) ska makuleras."
    assert {(f.type, f.text) for f in scan(text)} == {("ID_NUMBER", YOUNG_BAD),
                                                      ("PHONE", YOUNG_BAD)}
