"""A thing's head word in no list before a given name (`Scen Selma`, `Framtidens Viktor`,
`Bröllop Hiba`) names no one; the same pair after a person cue, before a subject's verb, in
quotes, after a greeting or with a particle between stays someone's, and so does one
after no place's preposition or number (headnamed.py)."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a festival's stage", "Kl. 19.00 på Scen Selma: folkmusik från Jämtland.", "Scen Selma"),
    ("a project", "Entreprenaden ingår i Framtidens Viktor, projektet för skolmiljöer.",
     "Framtidens Viktor"),
    ("a booking's event", "15.00 Bröllop Hiba, sedan städning.", "Bröllop Hiba"),
    ("an exercise", "Räddningstjänsten övar i år på Nordanvind Freja.", "Nordanvind Freja"),
]


@pytest.mark.parametrize(("what", "text", "thing"), THINGS)
def test_a_head_before_a_given_name_is_no_one(what: str, text: str, thing: str) -> None:
    assert thing in mask(text, scan(text)), what


PEOPLE = [
    ("a person cue", "Min klient Tesfalem Daniel har ätit Subutex.", "Tesfalem Daniel"),
    ("a signature", "Hälsningar,\nTesfalem Daniel", "Tesfalem Daniel"),
    ("a subject's verb", "Läkaren sa att Dritan Hilda ringde i går.", "Dritan Hilda"),
    ("a greeting", "Salam Malin, det är Yousef.", "Malin"),
    ("a particle between", "Kadim Al Sahir sjöng på festen.", "Sahir"),
    ("a name's opener", "Kunden Abu Karim ringde om nyckeln.", "Karim"),
    ("a person beside the stage", "Vi ses vid Scen Selma. Selma Nordin har nyckeln.",
     "Selma Nordin"),
    ("a title", "Nästa vecka kommer Kru Arun och lagar mat.", "Arun"),
    ("no place's word before", "Jag träffade Dawit Selam och hans bror.", "Dawit Selam"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_named_so_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what

