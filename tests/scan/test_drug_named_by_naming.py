"""Quoted street names handed over or traded (`fått "Pirri" av en kompis`, `försäljning av
"Subu"`), weighed, mixed or said to be a substance (`"Pirri" som varit nitazen`) and names a
naming verb gives to pills or to something unnamed (`kallade dem "Emma"`, `what a colleague
called "Snö"`, a print `som kallades "Katt"`) are the drug's, which a warning needs; the
nicknames of people beside them stay masked."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the person's name)
SIDE_BY_SIDE = [
    ("received from someone",
     'Han hade fått "Snurran" av en kille i kön.',
     'Han hade fått "Snurran" att ringa efter hjälp.', "Snurran"),
    ("sold to someone",
     'En okänd man hade sålt "Blixten" till henne vid scenen.',
     'En okänd man hade pratat med "Blixten" vid scenen.', "Blixten"),
    ("offered, in the passive",
     'Flera av oss blev erbjudna "Snurran" utanför klubben.',
     'Flera av oss blev hämtade av "Snurran" utanför klubben.', "Snurran"),
    ("the trade of it",
     'Anmälan gäller försäljning av "Mysan" bakom scenen.',
     'Anmälan gäller en man som kallas "Mysan" bakom scenen.', "Mysan"),
    ("pills named by a thing's pronoun",
     'Publiken kallade dem "Emma" hela kvällen.',
     'Publiken kallade henne "Emma" hela kvällen.', "Emma"),
    ("what someone called it",
     'She mixed wine with what her flatmate called "Snurran".',
     'She shared a cab with a guy her flatmate called "Snurran".', "Snurran"),
    ("something called so, unquoted",
     "They left a bag and something they called Kat on the steps.",
     "They left a bag with a woman they called Kat on the steps.", "Kat"),
    ("a quoted word said to be a substance",
     'Flera kom in med förgiftning efter "Snurran" som varit nitazen.',
     'Flera kom in med "Snurran" som varit på festen.', "Snurran"),
    ("a quoted word after a poisoning",
     'Tre kom in med opioidförgiftning efter "Snurran" i helgen.',
     'Tre kom in med opioidförgiftning efter att "Snurran" ringt 112.', "Snurran"),
    ("a quoted word in a pack",
     'Someone handed me a baggie of "Blixten" at the door.',
     'A guy called "Blixten" handed me a baggie at the door.', "Blixten"),
    ("a quoted word joined to a drug",
     'Klienten uppger bruk av Imovane samt "Mysan".',
     'Klienten uppger bruk av Imovane, köpt av en man som kallas "Mysan".', "Mysan"),
    ("a quoted word mixed in",
     'Han blandade med "Kisse" på efterfesten.',
     'Han dansade med "Kisse" på efterfesten.', "Kisse"),
    ("a print that was called so",
     'Tabletterna hade stämpeln Donald Duck, som på festivalen kallades "Kisse".',
     'Tabletterna såldes av Anton Berg, som på festivalen kallades "Kisse".', "Kisse"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_drug_handed_over_or_named_stays(frame: str, drug: str, person: str,
                                           name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in found(person, "PERSON"), frame


def test_what_she_was_called_is_her_name() -> None:
    """A pronoun of a person between `vad` and the cue: her nickname."""
    assert "Emma" in found('Jag vet inte vad hon kallades, "Emma" kanske.', "PERSON")
