"""People named like a drug's street name stay masked where the text makes them people (a
chat's speaker beside others, a question of who, a kin stated, one of a group, an ex); the
drug in the same frames stays unmasked."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Festchatten\nMolly: står vid kapprummet\nSigrid: kommer nu\nMolly: skynda dig", "Molly"),
    ("Logg\nAlfred Ruud: vem tar nyckeln?\nGina: jag tar den i kväll", "Gina"),
    ("export\nIngrid: är du hemma?\ncharlie: ja, kom förbi", "charlie"),
    ("Vem är Tina? Hon väntar i receptionen.", "Tina"),
    ("Jag vet inte vem Lucy är, men hon ringde två gånger.", "Lucy"),
    ("Who is Charlie? He left a parcel for you.", "Charlie"),
    ("Molly är min kusin och hon flyttar hit i vår.", "Molly"),
    ("Henry och Gina är våra grannar.", "Gina"),
    ("Tina i min klass fick högsta betyg.", "Tina"),
    ("Lucy på kontoret skickar avtalet i morgon.", "Lucy"),
    ("Min ex Charlie hörde av sig igen.", "Charlie"),
])
def test_a_street_named_person_is_masked(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(("text", "drug"), [
    ("Meny\nTina: 600 halvgrammet\nMolly: 150 st\nGina: 250", "Tina"),
    ("Vad är Tina? Ett annat namn på metamfetamin.", "Tina"),
    ("Molly på min fest? Aldrig igen.", "Molly"),
    ("Jag tog Tina på mitt rum och sov inte.", "Tina"),
    ("Charlie is my weakness, I said at the meeting.", "Charlie"),
    ("Anna: har med mig Mandy ikväll\nSara: vem är Mandy\nAnna: haha inte en tjej", "Mandy"),
])
def test_the_drug_in_the_same_frames_stays_unmasked(text: str, drug: str) -> None:
    assert drug not in persons(text)
