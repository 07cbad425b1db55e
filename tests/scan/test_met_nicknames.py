"""A quoted, capitalised word for a person that a verb of calling, meeting, texting or
staying with is done to is what someone is called (metnicks.py); quoted services, shows and
drugs after the same verbs, and the word unquoted, are not."""

from __future__ import annotations

import pytest

from .kit import flagged, found

NAMED = [
    ('Pojken hade ringt "Brorsan" som kom med bil.', "Brorsan"),
    ('Hon pratade länge med "Grannen" vid soptunnorna.', "Grannen"),
    ('Flickan sov hos "Mostern" två nätter.', "Mostern"),
    ('He met "Cousin" behind the gym after class.', "Cousin"),
]
NOT_NAMED = [
    ('Pojken hade ringt "Droghjälpen" som svarade direkt.', "Droghjälpen"),
    ("Hon pratade länge med grannen vid soptunnorna.", "grannen"),
    ('Flickan pratade om "Tina" två nätter i rad.', "Tina"),
    ('Hon ringde "Jourcentralen" i natt.', "Jourcentralen"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_a_quoted_persons_word_met_is_a_name(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize(("text", "words"), NOT_NAMED)
def test_a_quoted_thing_met_is_not(text: str, words: str) -> None:
    start = text.index(words)
    assert not any(f.start < start + len(words) and start < f.end for f in flagged(text))
