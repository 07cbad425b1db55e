"""A given name alone on a text's last line signs it, as `/Anna` or `Mvh⏏Anna` does; a
drug's, a place's or a greeting's word alone there signs nothing."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Hittade en karta Xanor i tvättstugan, vet inte vems.\nGudrún", ["Gudrún"]),
    ("ring mig om ni vet nåt\nAgnieszka\n", ["Agnieszka"]),
    ("VI HAR RINGT 112 MEN INGEN SVARAR\nSVETLANA", ["SVETLANA"]),
])
def test_a_given_name_alone_on_the_last_line_signs_the_text(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Det som låg i påsen:\nXanor",
    "Vi ses på mötet.\nHej då",
    "Fyndplats enligt polisen:\nUppsala",
])
def test_a_drug_a_place_or_a_greeting_on_the_last_line_signs_nothing(text: str) -> None:
    assert found(text, "PERSON") == []


def test_a_name_starting_a_line_mid_text_is_judged_as_before() -> None:
    assert found("Tack för hjälpen.\nRosa tabletter låg kvar.\nSigne", "PERSON") == ["Signe"]
