"""A street name the text weighs, packs, prices or lists as the drug once stays the drug at
its bare mentions there; a text that greets, signs as or speaks of someone by the name keeps
the person (drugused.py)."""

from __future__ import annotations

import pytest

from mailgate.scan import scan


def persons(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Brukaren uppger 0,2 g Henry om dagen. Hon tycker att Henry blivit dyrare.",
    "Vi beslagtog 40 kapslar Emma vid kontrollen. Föraren påstod att Emma var vitaminer.",
    "Smoked a gram of Jack on Friday. By Sunday the Jack had me paranoid.",
    "Fynd i rummet: Subutex, Henry, Lyrica. Personalen tror att Henry kom med ett paket.",
    "Tullen hittade Henry-pulvret i en låda. Mottagaren säger att Henry var en present.",
    "Hon fick 1 g Kat av en kompis. Mamman undrar om Kat har funnits hemma länge.",
])
def test_a_street_name_used_as_the_drug_once_stays_the_drug(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Hej Emma!\nVi hittade 3 g Emma i ett skåp på skolan. Kan vi ses?", "Emma"),
    ("Beslag i dag: 20 g Henry i en ryggsäck.\nHälsningar\nHenry", "Henry"),
    ("Jack sa att han köpte 2 g Jack på stan. Jack mår bättre nu.", "Jack"),
    ("Hej Henry!\nHar du sett att Henry-pulvret säljs i Malmö nu?", "Henry"),
    ("Min kusin Henry har slutat med Henry. Henry jobbar nu på lager.", "Henry"),
    ("Eleven hade en påse kokain i skåpet. Kuratorn Emma har pratat med honom.", "Emma"),
])
def test_a_person_of_that_name_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)
