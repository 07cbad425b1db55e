"""Names as airline bookings write them, `SURNAME/GIVEN` in capitals (`pax OIKONOMOU/ELENI
MRS`), one finding; codes joined by a slash (`SK/LH`, `HIV/AIDS`) name no one."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("assistans: pax PAPADAKIS/ELENI MRS flyg A3 760, väska kvar", ["PAPADAKIS/ELENI"]),
    ("Rebooked: HOLMGREN/TOVE MS on SK 1423", ["HOLMGREN/TOVE"]),
])
def test_a_booking_s_name_is_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["flyg SK/LH codeshare, gate ABC/DEF",
                                  "kurs om TCP/IP och HIV/AIDS i dag"])
def test_codes_joined_by_a_slash_name_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
