"""QUASI: warnings for combinations that identify in a small place; never masked."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

from .kit import found


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Eleven går på Ekbackeskolan i Mora.", "Ekbackeskolan"),
        ("En elev på Anna Lindhs gymnasium berättade.", "Anna Lindhs gymnasium"),
        ("Flera i klass 8B har provat.", "klass 8B"),
        ("Hon går i årskurs 9 och NA22b.", "årskurs 9"),
        ("Han bor på HVB-hemmet Solrosen sedan i maj.", "HVB-hemmet Solrosen"),
        ("En 15-årig flicka i Sorsele hittades i lördags.", "15-årig"),
    ],
)
def test_quasi_identifiers_are_warned_about(text: str, warning: str) -> None:
    assert warning in found(text, "QUASI")


def test_age_alone_or_in_a_large_city_is_no_warning() -> None:
    assert found("En 15-årig flicka i Stockholm hittades i lördags.", "QUASI") == []
    assert found("En 15-årig flicka i Sorsele.", "QUASI") == []  # no date


def test_warnings_are_never_masked() -> None:
    text = "En elev i klass 8B på Ekbackeskolan."
    assert mask(text, scan(text)) == text
