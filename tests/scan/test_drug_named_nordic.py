"""A pill's name in Danish and Norwegian naming and sales (drugheads.py, traded.py): the
subject `tabletterne`/`pillerna` of a naming verb, a naming verb that takes `som` before the
name (`omtales som`), and `sælges som`/`selges som`/`marknadsförs som`. Each drug sentence
stands beside a person sentence of the same name in the same shape."""

from __future__ import annotations

import pytest

from .kit import found

# (what the cue is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("a Danish plural naming its pills",
     'Tabletterne kaldes "Emma" af de unge på gaden.',
     'Sygeplejersken kaldes "Emma" af de unge på afdelingen.', "Emma"),
    ("the spoken Swedish plural",
     "Pillerna kallas Rosa Kungen i Telegramkanalen.",
     "Vakten kallas Rosa Kungen i Telegramkanalen.", "Rosa"),
    ("a naming verb with its som",
     'Tabletterne omtales som "Emma" af de unge på gaden.',
     'Sygeplejersken omtales som "Emma" i journalen.', "Emma"),
    ("a Norwegian plural with its som",
     "Pillene betegnes som Molly i rapporten fra Bergen.",
     "Hun betegnes som Molly Dahl i rapporten fra Bergen.", "Molly"),
    ("sold, in Danish",
     "Pulveret sælges som Tina i Aarhus.",
     "Pulveret sælges af Tina Holm i Aarhus.", "Tina"),
    ("sold, in Norwegian",
     "Det selges som Charlie på Grønland i Oslo.",
     "Det selges av Charlie Berg på Grønland i Oslo.", "Charlie"),
    ("marketed, in Swedish",
     "Pillerna marknadsförs som Crystal Queen på Telegram.",
     "Hon arbetar som Crystal Queen på Telegram, skriver Crystal Holm.", "Crystal"),
]


@pytest.mark.parametrize(("cue", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_name_given_to_pills_is_no_one(cue: str, drug: str, person: str, name: str) -> None:
    assert not any(name in f for f in found(drug, "PERSON")), cue
    assert any(name in f for f in found(person, "PERSON")), cue


def test_a_named_like_a_pill_word_stays_a_person() -> None:
    """`Kristoffer` ends in a Nordic word for substances and is a given name."""
    assert "Kristoffer" in found("Kristoffer kom i går med tabletterne.", "PERSON")
