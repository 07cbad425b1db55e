"""PHONE and ID_NUMBER written as mail rarely shows them: typed onto a name after a cue."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "number"), [
    ("Ring Sara0701740648 efter fem.", "0701740648"),
    ("Nås via Jonas0731740611 i kväll.", "0731740611"),
])
def test_a_mobile_typed_onto_a_name_after_a_cue(text: str, number: str) -> None:
    assert found(text, "PHONE") == [number]


@pytest.mark.parametrize("text", [
    "Artikel SKU0701740612 i lager, ring oss.",  # the cue after, a code before
    "Sara0701740648 skickade paketet.",  # no cue
])
def test_digits_on_a_word_without_a_cue_before_are_no_phone(text: str) -> None:
    assert found(text, "PHONE") == []
