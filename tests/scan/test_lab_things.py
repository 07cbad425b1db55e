"""Things of laboratories named like people or plates: reagent tests, instruments, cell
lines; the people in the same notes stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Prior art: Simon's reagent and Marquis-reagens turn blue with MDMA.",
    "Körde proverna på Waters Acquity, sen NMR på Bruker Avance III.",
    "The HEK293 lysates gave ion suppression in the MDMA run.",
    "Beställt från Sigma-Aldrich och Qiagen, levereras fredag.",
])
def test_reagents_instruments_and_cell_lines_are_no_one(text: str) -> None:
    assert found(text, "PERSON") == [] and found(text, "PLATE") == []


def test_a_chemist_beside_the_instrument_stays_someone() -> None:
    text = "Mån: Uppsala (Bruker Avance III, Hao Chen), tis: Lund (Marquis-test, Eva Simon)."
    assert found(text, "PERSON") == ["Hao Chen", "Eva Simon"]
