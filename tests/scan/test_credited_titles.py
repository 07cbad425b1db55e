"""A quoted title credited after a dash to its creator is no one; the creator is found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ('Kortlistan: "Majvor" – Linnea Ek (Atlas), "Farbror Blå" – Emil Nyström (Rabén).',
     ["Linnea Ek", "Emil Nyström"]),
    ('1. "Elsa" – Tove Lind (3:40)\n2. "Gunnar" – Sami Berg (4:02)', ["Tove Lind", "Sami Berg"]),
    ('Boken "Tant Ester" – av Karin Wall – handlar om ett beroende.', ["Karin Wall"]),
    # a quote said or written by someone keeps the names in it
    ('Hon sa bara "ring Gunnar" – sedan la hon på.', ["Gunnar"]),
    ('"Hej Lisa!" – Erik Berg', ["Lisa", "Erik Berg"]),
    ('En värd som kallas "Hotte" – Håkan Tornberg – säljer på festerna.',
     ["Hotte", "Håkan Tornberg"]),
])
def test_a_credited_title_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
