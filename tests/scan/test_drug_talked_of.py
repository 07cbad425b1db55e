"""A given name is the drug where the text asks what it is, takes it in the passive, doses it
by the day, says it is the same as a drug, prices it (after a list's colon, by its price's
noun, asking how much it costs), says it is diluted with a drug, relapses on it or runs out
of it, or a naming verb with an adverb glosses a substance by it (drugsaid.py, drugharms.py,
drugtraits.py, streetglossed.py). Each drug sentence stands beside a person sentence of the
same name and nearly the same words."""

from __future__ import annotations

import pytest

from .kit import found

# (what the frame is, a drug sentence, a person sentence, the name)
SIDE_BY_SIDE = [
    ("asked what it is",
     "Vad är Henry? Det stod i ett sms till min son.",
     "Vem är Henry? Det stod i ett sms till min son.", "Henry"),
    ("asked what it is, in English",
     "what is Jack? my son keeps mentioning it",
     "what is Jack doing? my son keeps mentioning him", "Jack"),
    ("asked what it means",
     "Vad betyder Emma? Någon skrev det i klassens chatt.",
     "Vad är Emma för en tjej? Någon skrev om henne i klassens chatt.", "Emma"),
    ("smoked in the passive",
     "Maria röks öppet i parken, klagar grannarna.",
     "Maria röker inte, klagar grannarna.", "Maria"),
    ("injected in the passive, in English",
     "In the hostel Henry is injected more than it is smoked.",
     "In the hostel Henry is liked more than anyone.", "Henry"),
    ("injected in the passive, not treated with something",
     "Henry injiceras av de flesta på sprutbytet.",
     "Henry injiceras med naloxon av ambulansen.", "Henry"),
    ("dosed by the day",
     "Winnie 50 mg om dagen i sex veckor.",
     "Winnie 50 år i dag, grattis!", "Winnie"),
    ("the same as a drug",
     "Tjack och Billy är samma sak, amfetamin alltså.",
     "Billy och jag är samma sort, sa hans bror.", "Billy"),
    ("priced after a list's colon",
     "Priser:\n- Henry: 500 kr/g\n- Charlie: 800 kr/g",
     "Skulder:\n- Henry: 500 kr\n- Emma: 200 kr", "Henry"),
    ("priced by its price's noun",
     "Priset på Henry har rasat i Malmö i höst.",
     "Priset på Henrys tjänster har gått upp i höst.", "Henry"),
    ("asked how much it costs",
     "Hur mycket kostar Jack i Malmö nu?",
     "Hur mycket kostar Jacks cykel nu?", "Jack"),
    ("named with an adverb before the name",
     "Heroin kallas ibland för Henry på gatan.",
     "Min bror kallas ibland för Henry av kompisarna.", "Henry"),
    ("relapsed on it",
     "She relapsed on Henry two weeks after rehab.",
     "She relapsed on Henry's birthday, two weeks after rehab.", "Henry"),
    ("run out",
     "Han fick abstinens när Henry tog slut.",
     "Han fick ont när Henry tog slutsignalen på allvar.", "Henry"),
    ("quit cold turkey",
     "He kicked Henry cold turkey in a police cell.",
     "He kicked Henry out of the flat in March.", "Henry"),
    ("diluted with a drug",
     "Varning: Pablo utspätt med lidokain säljs i Göteborg.",
     "Varning: Pablo Ruiz säljer i Göteborg.", "Pablo"),
]


@pytest.mark.parametrize(("frame", "drug", "person", "name"), SIDE_BY_SIDE)
def test_a_drug_talked_of_is_no_one(frame: str, drug: str, person: str, name: str) -> None:
    assert not any(name in f for f in found(drug, "PERSON")), frame
    assert any(name in f for f in found(person, "PERSON")), frame


def test_kit_kat_is_ketamine() -> None:
    """A street name of ketamine that is also a sweet is never a person."""
    assert found("Han köpte Kit Kat på festen, alltså ketamin.", "PERSON") == []
