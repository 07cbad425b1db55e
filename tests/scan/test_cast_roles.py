"""A character the text casts is no one: a role beside the one who plays it, a script's or
cue list's lines; the players, and people in texts that are no script, stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Rollista: MORFAR BO (spelas av Idun Sjö), VAKTEN (Leo Åberg).", ["Idun Sjö", "Leo Åberg"]),
    ("Skådespelaren Alva Rehn (spelar \"Signe\") mådde illa efter repet.", ["Alva Rehn"]),
    ("Radioteatern: rollen Doris Krantz spelas av Eva Lund i del två.", ["Eva Lund"]),
    ("Continuity, Sc. 4, take 2\nMarco Vidal (Emil Sjöberg) holds the bag.", ["Emil Sjöberg"]),
    ("Manus, scen 9\nSIMON: Har du kvar av pulvret?\nJESSIE: Nej, Simon.\n/Ida Wall, regissör",
     ["Ida Wall"]),
    ("Cue list \"Carmen\", Act II\nQ210 Carmen: Give me the bottle, José.\n"
     "Operator: Maja Lindfors", ["Maja Lindfors"]),
])
def test_a_cast_role_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Teatergruppen, scen 3 i morgon\nJonas Ek: Vera tog två tabletter innan repet.",
     ["Jonas Ek", "Vera"]),
    ("Akt 2 ställdes in: Elsa Dahl (mamma till Tindra) ringde om tabletterna.",
     ["Elsa Dahl", "Tindra"]),
    ("Efter scen 4 pratade Jonas Ek (Socialtjänsten Malmö) med ungdomarna.", ["Jonas Ek"]),
    ("Hon pratade med Anna Berg (som Erik sa) om pillren.", ["Anna Berg", "Erik"]),
    ("Inspelning scen 4, dag 2\nREGI: Anna Berg\nFOTO: Erik Holm\nSMINK: Jossan (Josefin Ek)",
     ["Anna Berg", "Erik Holm", "Jossan", "Josefin Ek"]),
])
def test_people_beside_a_script_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
