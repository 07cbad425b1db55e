"""A message that opens by speaking to someone (`Mahnaz, glöm inte …`) names them, though the
name starts a sentence and is no name common here; the first item of a list of dishes or
things opening a line is not so spoken to."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Mahnaz, glöm inte mötet imorgon kl 10.", ["Mahnaz"]),
    ("Tack för igår.\nNasrin, ring mig när du vaknat.", ["Nasrin"]),
    ("Narek, take your pills with food and call me. /Mum", ["Narek"]),
    ("Լիլիթ, զանգիր ինձ երեկոյան։", ["Լիլիթ"]),
])
def test_a_name_a_message_speaks_to_is_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Margherita, Capricciosa, Vesuvio och Calzone finns på menyn.",
    "Dagens rätter:\nQuattro Stagioni, Hawaii, Funghi.",
    "Stesolid, två kartor, låg i lådan.",
])
def test_a_list_opening_a_line_is_spoken_to_by_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
