"""A key tag's or access card's number is no phone from abroad: under its column or after its
word; a number under a phone's column, or after a phone word, stays one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "tid;tagg;innehavare;lgh\n02:14;0049118823;Grönvall, Folke;1101",
    "Enligt loggen öppnade bricka 0044551902 källardörren kl 03.10.",
    "Tidpunkt | Nyckelbricka | Port\n01:44 | 0047221905 | B",
])
def test_a_tags_number_is_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize("text, numbers", [
    ("namn;tel;lgh\nFolke Grönvall;0049118823;1101", ["0049118823"]),
    ("Ordernr;Tel\n4471;070-174 06 05", ["070-174 06 05"]),
    ("Taggen låg i trappan, ring mig på 070-174 06 31.", ["070-174 06 31"]),
])
def test_a_phone_beside_a_tag_stays(text: str, numbers: list[str]) -> None:
    assert found(text, "PHONE") == numbers
