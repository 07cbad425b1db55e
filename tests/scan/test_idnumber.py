"""ID_NUMBER: personnummer and samordningsnummer, every written form, checksum and date."""

from __future__ import annotations

import pytest

from .kit import found, pnr

VALID_FORMS = [
    ("ten digits with dash", pnr("850312", "234")),
    ("twelve digits with dash", pnr("850312", "234", century="19")),
    ("ten digits, no separator", pnr("850312", "234", sep="")),
    ("twelve digits, no separator", pnr("850312", "234", sep="", century="19")),
    ("with a space", pnr("850312", "234", sep=" ")),
    ("twelve digits with a space", pnr("850312", "234", sep=" ", century="19")),
    ("plus for over a hundred", pnr("210101", "234", sep="+")),
    ("samordningsnummer (day + 60)", pnr("850372", "234", century="19")),
    ("born this century", pnr("080229", "456", century="20")),
    ("date written with dashes", "19" + "85-03-12-" + pnr("850312", "234")[-4:]),
]


@pytest.mark.parametrize(("form", "number"), VALID_FORMS)
def test_valid_numbers_are_found_in_every_form(form: str, number: str) -> None:
    assert found(f"Klienten har {number} enligt journalen.", "ID_NUMBER") == [number]


@pytest.mark.parametrize(
    "cue", ["pnr", "Pnr:", "personnummer", "personnumret", "p-nr", "samordningsnummer"]
)
def test_bad_checksum_after_cue_is_still_flagged(cue: str) -> None:
    number = pnr("850312", "234", valid=False)
    assert found(f"Hon uppgav {cue} {number} vid besöket.", "ID_NUMBER") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Dnr {ok} gäller ärendet.",  # a diary number that happens to pass
        "Labnr {ok} avser beslaget.",
        "Ärendenummer {ok} hos polisen.",
        "Organisationsnummer 556677-8899 på förpackningen.",  # month 66: never a date
        "Händelsen skedde 2024-03-15 kl 14.30.",
        "Beslaget vägde 1234567890 mikrogram enligt en felskrivning.",
    ],
)
def test_case_lab_and_organisation_numbers_are_not_id_numbers(text: str) -> None:
    text = text.format(n=pnr("850312", "234", valid=False), ok=pnr("850312", "234"))
    assert found(text, "ID_NUMBER") == []


def test_impossible_dates_are_not_id_numbers() -> None:
    # Luhn-valid but 13th month, or a date in the future.
    assert found(f"nummer {pnr('851312', '234')} och {pnr('991231', '234', century='20')}",
                 "ID_NUMBER") == []


def test_a_number_inside_a_longer_digit_run_is_not_found() -> None:
    number = pnr("850312", "234", sep="")
    assert found(f"Referens 99{number}77 i systemet.", "ID_NUMBER") == []


def test_ten_bare_digits_that_are_both_keep_both_readings_without_a_cue() -> None:
    from mailgate.scan import scan

    number = pnr("070123", "123", sep="")  # a valid personnummer that is also a mobile number
    types = {f.type for f in scan(f"Numret {number} stod på lappen.")}
    assert types == {"ID_NUMBER", "PHONE"}
    assert {f.type for f in scan(f"Ring mobil {number} i kväll.")} == {"PHONE"}
    assert {f.type for f in scan(f"Pnr {number} enligt journalen.")} == {"ID_NUMBER"}


def test_the_luhn_check_adds_as_the_digit_by_digit_rule() -> None:
    import random

    from mailgate.scan.recognizers.luhn import _luhn_total, luhn_ok

    rng = random.Random(5)
    numbers = ["".join(rng.choice("0123456789") for _ in range(10)) for _ in range(20_000)]
    valid = pnr("780412", "123", sep="")
    numbers += [valid, valid.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))]  # as int()
    assert luhn_ok(numbers[-1]) and luhn_ok(numbers[-2])
    assert {luhn_ok(n) for n in numbers} == {True, False}
    assert all(luhn_ok(n) == (_luhn_total(n) % 10 == 0) for n in numbers)


PERSON_AFTER_EVENT = pnr("630814", "225", century="19")


@pytest.mark.parametrize("text", [f"Remiss: {PERSON_AFTER_EVENT}, Eva Lind",
                                  f"Ärende {PERSON_AFTER_EVENT} gäller en man i Kalmar."])
def test_a_persons_number_after_an_events_label(text: str) -> None:
    assert found(text, "ID_NUMBER") == [PERSON_AFTER_EVENT]


@pytest.mark.parametrize("text", [f"Ärende nr {PERSON_AFTER_EVENT} är avslutat.",
                                  f"Dnr: {PERSON_AFTER_EVENT}",
                                  f"Anmälan {pnr('261105', '004', century='20')} inkom i dag."])
def test_a_case_number_after_its_label_stays_unflagged(text: str) -> None:
    assert found(text, "ID_NUMBER") == []
