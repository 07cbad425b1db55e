"""A product's edition or colourway in quotes after its make and model is no one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ('Order 4471: Air Jordan 4 "Bred", SEK 3 400. Köpare: Jesper Holm.', ["Jesper Holm"]),
    ('SKU 1093  Nike SB Dunk "Jarritos"  consignor Melker Dahl', ["Melker Dahl"]),
    ('The consignor sent New Balance 990 "Grey Day" without a receipt.', []),
    # a booking's guest in quotes after a table's or room's number stays
    ('Bord 12 "Johansson" hade beställt champagne.', ["Johansson"]),
    ('Rum 214 "Svensson" checkade ut utan att betala.', ["Svensson"]),
])
def test_a_quoted_edition_after_a_model_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
