"""One name glossed after a dash by a work's or a stage name's word is no one."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Pro-tips: Mike Mentzers Heavy Duty — boken, och träningsfilosofi.", ["Mike Mentzers"]),
    ("Jag är rappare (Lil Kaos – artistnamn, jag heter Sam Ek).", ["Sam Ek"]),
    ("Hon har tittat på Anna Pihl – serien – tre gånger i år.", []),
    # a role after the dash, or a sentence going on about her, keeps the person
    ("Vi läste om Arnold Holm – tränaren – i lokaltidningen.", ["Arnold Holm"]),
    ("Anna Berg – boken kom ut i maj – ringde i går.", ["Anna Berg"]),
])
def test_a_name_glossed_by_a_work_after_a_dash(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
