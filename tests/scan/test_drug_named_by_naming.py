"""Quoted street names handed over or traded (`fått "Pirri" av en kompis`, `försäljning av
"Subu"`), counted (`3 st "Komet"`, `half a "Blazer"`), sold or marketed as a kind (`säljs som
"Kobra"`), said to have effects (`ruset från "Fyren"`), weighed, mixed or said to be a
substance (`"Pirri" som varit nitazen`) and names a naming verb gives to pills or to something
unnamed (`kallade dem "Emma"`, `what a colleague called "Snö"`, a print `som kallades "Katt"`)
are the drug's, which a warning needs; the nicknames of people beside them stay masked."""

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
    ("counted in digits and a unit",
     'Hon svalde 4 st "Pärlan" under kvällen.',
     'Min kompis "Pärlan" svalde 4 st under kvällen.', "Pärlan"),
    ("counted in digits after a verb, not a table's number",
     'Tullen hittade 40 "Lindqvist" i bagaget.',
     'Bord 40 "Lindqvist" beställde in mer champagne.', "Lindqvist"),
    ("counted in words",
     'Vi hittade sju "Ekorren" i hans ficka.',
     'Vi hittade "Ekorren" med sju piller i fickan.', "Ekorren"),
    ("a part of one",
     'He swallowed half a "Blazer" before the show.',
     'He gave half his pills to his friend "Blazer" before the show.', "Blazer"),
    ("one taken, a listed first name",
     'Han tog en "Ronja" och somnade.',
     'Han tog med "Ronja" och somnade.', "Ronja"),
    ("sold as a kind, passive",
     'I chatten säljs pillren som "Stormen" för 200 kr.',
     'I chatten säljer en kille som kallas "Stormen" piller.', "Stormen"),
    ("sold as a kind, with its object",
     'Now they sell the stuff as "Hurricane" downtown.',
     'Now a guy known as "Hurricane" sells the stuff downtown.', "Hurricane"),
    ("seized",
     'Beslaget av "Tranan" skickades för analys.',
     'Gripandet av "Tranan" skedde vid stationen.', "Tranan"),
    ("what it does to one",
     'Ruset från "Fyren" varade i sex timmar.',
     'Samtalet från "Fyren" varade i sex timmar.', "Fyren"),
    ("poisoned by it",
     'Two guests were poisoned by "Lagoon" at the rave.',
     'Two guests were threatened by "Lagoon" at the rave.', "Lagoon"),
    ("promoted",
     'Sajten marknadsför "Polstjärnan" som ett ofarligt alternativ.',
     'Sajten citerar "Polstjärnan" som sa att det var ofarligt.', "Polstjärnan"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_drug_handed_over_or_named_stays(frame: str, drug: str, person: str,
                                           name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in found(person, "PERSON"), frame


def test_what_she_was_called_is_her_name() -> None:
    """A pronoun of a person between `vad` and the cue: her nickname."""
    assert "Emma" in found('Jag vet inte vad hon kallades, "Emma" kanske.', "PERSON")
