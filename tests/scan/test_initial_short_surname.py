"""An initial and a short surname no list holds are masked in running text (`skrevs av M.
Ask`); a letter ending a sentence and a list's lettered items are no initials."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "name"), [
    ("Rapporten skrevs av M. Ask på nattskiftet.", "M. Ask"),
    ("Närvarande: K. Öst, L. Hed och sekreteraren.", "L. Hed"),
    ("Enligt B. Ahl stod grinden öppen.", "B. Ahl"),
    ("The form was signed by D. Orm at the desk.", "D. Orm"),
])
def test_an_initial_and_a_short_surname_are_masked(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "word"), [
    ("Take vitamin D. Ask your doctor first.", "Ask"),
    ("Det var i hus B. Tre personer satt i trappan.", "Tre"),
    ("Frågor till mötet:\nA. Mat\nB. Dryck", "Mat"),
])
def test_a_letter_ending_a_sentence_or_an_item_stays(text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON"))
