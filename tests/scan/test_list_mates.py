"""A pair of capitalised words standing as a whole item of a list whose other items are full
names found is one more full name (listmates.py); a body's, a thing's or a place's name in
the same list, and a pair beside single given names, are not."""

from __future__ import annotations

import pytest

from .kit import flagged, found

NAMED = [
    ("Närvarande: Helena Rydberg, Tamsin Ockley, Göran Lindahl.", "Tamsin Ockley"),
    ("Vi tackar Agneta Sjöholm, Brisk Oddway och Håkan Nyberg.", "Brisk Oddway"),
    ("Sjukskrivna: Lotta Ek, Ruben Hammar, Brisk Vantorp.", "Brisk Vantorp"),
    ("Hälsningar från Eva Lind, Sten Ahl och Orrin Vetch.", "Orrin Vetch"),
]
NOT_NAMED = [
    ("Närvarande: Helena Rydberg, Mobila Teamet, Göran Lindahl.", "Mobila Teamet"),
    ("Vi tackar Agneta Sjöholm, Kören Vox och Håkan Nyberg.", "Kören Vox"),
    ("Volunteers: Sarah Mills, Night Patrol and Peter Hall.", "Night Patrol"),
    ("Avdelning Igelkotten, Anneli och Rasmus hälsar.", "Avdelning Igelkotten"),
    ("Deltog: Helena Rydberg, Göran Lindahl, Unga Vuxna Team.", "Unga Vuxna Team"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_pair_among_full_names_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "words"), NOT_NAMED)
def test_a_body_or_thing_among_names_is_not(text: str, words: str) -> None:
    start = text.index(words)
    assert not any(f.start < start + len(words) and start < f.end for f in flagged(text))
