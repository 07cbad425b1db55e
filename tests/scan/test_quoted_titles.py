"""A quoted title holding a name and lower-case words is no one where a list of quoted items or
a work's word says it is a title; names in quoted speech, notes and nicknames stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Inför konserten: \"Gabriels oboe\", \"Marsch ur Aida\". Dirigent Leopold Wahlund.",
     ["Leopold Wahlund"]),
    ("Ekipage 22 \"Greta och klimatet\" – ansvarig Sunny Tegnér", ["Sunny Tegnér"]),
    ("Vi spelade låten \"Jenny från kvarteret\" och \"Anna i gräset\" hela natten.", []),
])
def test_a_quoted_title_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Hon sa \"ring Greta nu\" och la på.", ["Greta"]),
    ("en lapp med texten \"Till pappa från Tindra\" låg i lådan", ["Tindra"]),
    ("Ämnesraden löd \"Tips om min bror Jari Ojala\" och inget mer.", ["Jari Ojala"]),
])
def test_a_name_in_other_quotes_stays_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_a_posts_title_keeps_its_name() -> None:
    text = "We removed a fundraiser titled \"Help Lucas get to rehab\" after donors complained."
    assert any("Lucas" in name for name in found(text, "PERSON"))
