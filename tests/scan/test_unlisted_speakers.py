"""Names no list holds, told by what the sentence has them do or where it puts them: one word
opening a sentence before a verb only people do (`Dîlber sa att`), a given name that is also a
word before such a verb (`Jack sa till mig`), a full name after a word of company or hand
(`bor ihop med`, `handläggs av`, `Spoke to`; not `Enligt`: papers, bands and firms are
sources too), and one word greeted or heard from (`hälsa Velirk från mig`, `hört av
Brindelma sen i fredags`; not asked or thanked: firms are too). Nouns, offices, tools,
places and services in the same places stay."""

from __future__ import annotations

import pytest

from .kit import found

# (what tells, a person sentence, the name, a sentence of the same frame naming no one)
SIDE_BY_SIDE = [
    ("one word, then sa",
     "Velirk sa att hon inte kommer ikväll.", "Velirk",
     "Skolan sa att hon inte kommer ikväll."),
    ("one word, then ringde",
     "Qorvatu ringde igår och var orolig.", "Qorvatu",
     "Soc ringde igår och var oroliga."),
    ("one word, then berättade, not a fronted word",
     "Brindelma berättade om festen.", "Brindelma",
     "Klart sa hon att det var fel."),
    ("a given name that is also a word, then sa",
     "Jack sa till mig att det var klart.", "Jack",
     "Bra sa han och gick."),
    ("a given name that is also a word, then what a colleague does in minutes",
     "Punkt 3. Hanne deltar på anhörigrådet i januari.", "Hanne",
     "Punkt 3. Klart deltar hon på anhörigrådet i januari."),
    ("a given name that is also a word, then a Danish verb of speaking",
     "Sanna sagde at hun ville hjem efter mødet.", "Sanna",
     "Klart sagde hun at hun ville hjem efter mødet."),
    ("a given name that is also a word, then Danish og and a name",
     "Vores elskede søn\nHanne og Jesper\nSofie og Anton", "Hanne",
     "Vores elskede søn\nFyn og Odense\nSjælland"),
    ("a full name after bor ihop med",
     "Hon bor ihop med Velirk Taskovan.", "Velirk Taskovan",
     "Evakuert med Norsk Luftambulanse til Haukeland."),
    ("a full name after handläggs av",
     "Ärendet handläggs av Qorvan Mistelby.", "Qorvan Mistelby",
     "Ärendet skickas vidare av Region Gotland."),
    ("one word greeted from the writer",
     "hälsa Velirk från mig!", "Velirk",
     "hälsa från mig!"),
    ("one word greeted, with letters of its own language",
     "Hälsa Bożydar från oss alla!", "Bożydar",
     "Hälsningar från Malmö!"),
    ("one word heard from",
     "har någon hört av Brindelma sen i fredags?", "Brindelma",
     "har någon hört av Försäkringskassan sen i fredags?"),
    ("a greeted name with letters of its own language, not a region greeted",
     "Hej Audronė,\nbifogar rapporten från helgen.", "Audronė",
     "Hej Sápmi!\nHär kommer veckans nyheter från föreningen."),
    ("the writer naming themself after a greeting",
     "Hej det är Brindelma, kan du ringa mig", "Brindelma",
     "Hej det är Apoteket, vi har ditt recept."),
    ("a full name after spoke to",
     "Spoke to Urvin Kaskelot this morning.", "Urvin Kaskelot",
     "Please do a recording with Nihon Kohden."),
]


@pytest.mark.parametrize(("what", "person", "name", "other"), SIDE_BY_SIDE)
def test_a_name_told_by_its_place_and_its_frame_alone_is_no_one(
        what: str, person: str, name: str, other: str) -> None:
    assert name in found(person, "PERSON"), what
    assert found(other, "PERSON") == [], what


LISTS_AND_SUBJECTS = [
    ("a full name opening a sentence, then what a person does",
     "Urvin Kaskelot kom in på akuten strax efter två.", "Urvin Kaskelot",
     "Nihon Kohden levererade apparaten strax efter två."),
    ("a word in no list before a person's pronoun in drug talk",
     "Brindelma, Maria och jag tog spice på festen.", "Brindelma",
     "Köpte Percocet och Oxycontin, sen tog vi dem."),
]


@pytest.mark.parametrize(("what", "person", "name", "other"), LISTS_AND_SUBJECTS)
def test_a_subject_or_a_list_item_and_its_frame_alone(
        what: str, person: str, name: str, other: str) -> None:
    assert name in found(person, "PERSON"), what
    assert found(other, "PERSON") == [], what

