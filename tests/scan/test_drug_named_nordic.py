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


@pytest.mark.parametrize(("drug", "person", "name"), [
    ("Cell search: 3 wraps of Henry in the sock, 1 phone.",
     "Cell search: 3 wraps of cake for Henry in the sock, 1 phone.", "Henry"),
    ("Took a bump of Emma at the bar around midnight.",
     "A bump of Emma's car cost her 2000 at the garage.", "Emma"),
    ("Found 2 baggies of Jack and a spoon under the bed.",
     "The rock of Jack's life was his wife, said the priest.", "Jack"),
])
def test_a_street_deals_portion_of_a_name_is_a_drug(drug: str, person: str, name: str) -> None:
    """`wraps of`, `a bump of`, `baggies of` before a street name (drugframe.py); what one
    owns after them stays someone's (`the rock of Jack's life`)."""
    assert not any(name in f for f in found(drug, "PERSON")), drug
    assert any(name in f for f in found(person, "PERSON")), person


@pytest.mark.parametrize(("frame", "drug", "person", "name"), [
    ("hidden where no one fits",
     "Fangen hadde Emma i sokken ved visitasjonen.",
     "Moren hadde Emma i armene ved dåpen.", "Emma"),
    ("found in a urine sample, in the passive",
     "Henry hittades i urinprovet från i fredags.",
     "Henry hittades i skogen efter tre timmar.", "Henry"),
    ("taken with a drink",
     "Pt had taken Jack and alcohol, GCS 12 on arrival.",
     "She had taken Jack and Lisa to the station on arrival.", "Jack"),
    ("much of it, in Danish",
     "Vi har set meget Emma i Oslo i år, skriver feltarbejderne.",
     "Vi har set meget til Emma i Oslo i år, skriver feltarbejderne.", "Emma"),
    ("cheaper, in Danish",
     "Henry er blevet billigere på gaden i år.",
     "Henry er blevet bedre til at tegne i år.", "Henry"),
])
def test_a_street_name_in_a_substances_place(frame: str, drug: str, person: str,
                                             name: str) -> None:
    """drugslots.py and traded.py: a hiding place, a urine sample, a drink taken with it,
    `meget`, `billigere`; the person sentences use the same words in a person's sense."""
    assert not any(name in f for f in found(drug, "PERSON")), frame
    assert any(name in f for f in found(person, "PERSON")), frame
