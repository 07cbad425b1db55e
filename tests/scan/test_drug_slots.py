"""A given name in a substance's slot is a drug's street name (drugslots.py): what it holds,
what is done to it in the passive, a count in brackets, a test's result in the neuter, a
sample it shows in, eaten, a state one comes out of. A pill's print between its colour and
its dose in milligrams is no one (stamped.py). Nordic painkillers by their brands are no one
(data/substances.txt). Each drug sentence stands beside a person sentence of the same name."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("what it holds",
     "Testet visade att Rose innehöll fentanyl.",
     "Testet visade att Rose hade rätt om fentanylen.", "Rose"),
    ("what it holds, in English",
     "Sold at the gate, Benny contains PMMA, not MDMA.",
     "Sold out at the gate, Benny called PMMA a scam.", "Benny"),
    ("mixed in the passive",
     "Dolly blandas med alkohol på fester.",
     "Dolly blir glad av alkoholfria fester.", "Dolly"),
    ("sold in the passive",
     "Henry säljs för 200 kr utanför skolan.",
     "Henry säger att 200 kr räcker utanför skolan.", "Henry"),
    ("joined to a drug and sold",
     "Rose och Subutex säljs billigt i Tammerfors.",
     "Rose och Lisa säljer kakor i Tammerfors.", "Rose"),
    ("a count in brackets",
     "Beslag:\n- Benny (2 påsar)\n- kokain 3 g",
     "Närvarande:\n- Benny (42)\n- Lisa Ek", "Benny"),
    ("a result in the neuter",
     "Provsvar: Dolly positivt, THC negativt.",
     "Personal: Dolly positiv till förslaget, Lisa tveksam.", "Dolly"),
    ("found in a sample",
     "Labbet fann Rose i provet från Borås.",
     "Bäst gick det för Rose i provet i matte.", "Rose"),
    ("had in the blood",
     "Pojken hade Henry i blodet enligt provsvaret.",
     "Pojken hade Henry i klassen enligt läraren.", "Henry"),
    ("eaten",
     "Barnet har ätit Dolly hos mormor.",
     "Barnet har ätit med Dolly hos mormor.", "Dolly"),
    ("under its influence",
     "Hon var påverkad av Benny när vakterna kom.",
     "Hon var arg på Benny när vakterna kom.", "Benny"),
    ("coming out of it",
     "Nedtrappning från Rose tar veckor.",
     "Ett brev från Rose tar veckor.", "Rose"),
    ("under its influence, as a report writes it",
     "Guest was under the influence of Rose according to the nurse.",
     "Guest was under the care of Rose according to the nurse.", "Rose"),
    ("its purity",
     "Tested sample: Benny, 78% purity, no adulterants.",
     "Kursen: Benny, 78% närvaro, inga frånvaroanmälningar.", "Benny"),
    ("withdrawal at a sentence's start",
     "Abstinens efter Henry i två dagar.",
     "Längtan efter Henry i två dagar.", "Henry"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_given_name_in_a_substances_slot_is_a_drug(frame: str, drug: str, person: str,
                                                      name: str) -> None:
    assert name not in found(drug, "PERSON"), frame
    assert name in " ".join(found(person, "PERSON")), frame


def test_people_stay_in_the_slots_other_senses() -> None:
    """A dose after a patient's name, a positive person, one whose mail holds something."""
    for text, name in (("Anna 10 mg morgon, 5 mg kväll enligt läkaren.", "Anna"),
                       ("Ssk gav Rose 50 mg Sertralin i morse.", "Rose"),
                       ("Henry positiv för covid, stannar hemma.", "Henry"),
                       ("Vi blandade saft åt Henry och åt sedan hos Rose.", "Rose"),
                       ("Mejlet från Rose innehöll ett hot mot skolan.", "Rose"),
                       ("Bilen till Henry såldes i går.", "Henry")):
        assert name in " ".join(found(text, "PERSON")), text


@pytest.mark.parametrize(("drug", "person", "print_"), [
    ("Bruna Snoop Dogg på 170 mg hittades i en intagens sko.",
     "Vakten Anna Dogg på 170 cm hittade påsen i en sko.", "Anna Dogg"),
    ("Veckans tabletter: röd Jay-Z, 220 mg MDMA.",
     "Veckans gäst: Jay Zetterberg, 22 år.", "Jay"),
])
def test_a_print_between_its_colour_and_its_dose(drug: str, person: str, print_: str) -> None:
    assert not any(print_ in f for f in found(drug, "PERSON")), drug
    assert any(print_.split()[0] in f for f in found(person, "PERSON")), person



def test_a_print_weighed_in_micrograms() -> None:
    """Every unit of a pill's weight in drugcues' dose table counts (`mcg`, `ug`, not only
    `mg`); a person's height after a name stays a person's."""
    assert found("Bruna Snoop Dogg på 170 mcg hittades i en intagens sko.", "PERSON") == []
    assert found("Gula Jay-Z på 200 ug beslagtogs i helgen.", "PERSON") == []
    assert "Jay Zetterberg" in found("Vakten Jay Zetterberg, 200 cm lång, hittade påsen.",
                                     "PERSON")

def test_a_patient_named_like_a_colour_keeps_her_name() -> None:
    assert "Rosa Lindqvist" in found("Medicinlista: Rosa Lindqvist, 50 mg Sertralin.", "PERSON")


@pytest.mark.parametrize("brand", ["Burana", "Ibux", "Pamol", "Paracet", "Kodimagnyl"])
def test_nordic_painkillers_by_brand_are_no_one(brand: str) -> None:
    text = f"Giftinformation: pojken har tagit tolv {brand} efter bråket."
    assert brand not in found(text, "PERSON")
    assert brand not in found(f"{brand} säljs utan recept i Norden.", "PERSON")
