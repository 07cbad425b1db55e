"""A name in the genitive between commas after a relation's genitive is masked (`min
kusins, Fatlindas, pojkvän`); a place or a firm in the same frame stays readable."""

from __future__ import annotations

from tests.scan.kit import found


def test_a_name_between_commas_after_a_relations_genitive_is_masked() -> None:
    text = "Det var min kusins, Fatlindas, pojkvän som sålde dem."
    assert "Fatlindas" in found(text, "PERSON")


def test_a_place_between_commas_stays() -> None:
    assert found("Vi åkte till min systers, Stockholms, centrum.", "PERSON") == []
