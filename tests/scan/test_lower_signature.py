"""A listed given name typed in lower case alone on the text's last line signs it (`… if you
want to collect it.⏎jouni`); a sign-off that is a word (`peace`, `kram`) or a heading's word
there does not."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("I found your bag at the bar. Text me if you want to collect it.\njouni", "jouni"),
    ("hittade din plånbok i bussen, hör av dig\nzdenka", "zdenka"),
])
def test_a_lower_case_given_name_signs_the_text(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "I found your bag at the bar. Text me if you want to collect it.\npeace",
    "hittade din plånbok i bussen, hör av dig\nkram",
    "Bifogar underlaget till mötet.\nprotokoll",
])
def test_a_sign_off_word_signs_nothing(text: str) -> None:
    assert found(text, "PERSON") == []
