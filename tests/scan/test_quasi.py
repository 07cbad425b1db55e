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


def test_an_age_is_looked_for_where_one_can_start_as_a_search_finds_it() -> None:
    import random

    from mailgate.scan.recognizers.quasi import AGE, has_age
    from scan.kit import sample_texts

    pieces = ("12", "5", " ", "-", "år", "ÅR", "årig", "åriga", "aged", "AGED", "year", "Year",
              "old", "gammal", "(", ")", "x", "mår", "\n", "İ", "Å", "Åriga", "\u212bR")
    rng = random.Random(6)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(8000)]
    ages = 0
    for text in texts + sample_texts():
        searched = AGE.search(text) is not None
        assert has_age(text) == searched, text
        ages += searched
    assert ages > 100
