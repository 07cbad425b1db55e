"""Telexes, crew lists and rosters in capitals write a person as a surname and one initial
(`MASKINIST HOLMQVIST T`); the same shape with a word that is no surname is a code or a
zone (`ZON B`, `VITAMIN D`)."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("FRAN M/T BALTIC EIDER STOP MASKINIST HOLMQVIST T FUNNEN MEDVETSLOS STOP",
     ["HOLMQVIST T"]),
    ("CREW REPORT: MOTORMAN PETRENKO V REFUSED SEARCH. MASTER INFORMED BY NOWAK R.",
     ["PETRENKO V", "NOWAK R."]),
])
def test_a_surname_and_initial_in_capitals_is_a_person(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "LASTEN I ZON B STOP VITAMIN D OCH KAPSLAR STOP GATE A STANGD STOP",
    "PROVER FRAN TANK C OCH LUCKA I STOP",
])
def test_a_word_and_a_letter_in_capitals_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
