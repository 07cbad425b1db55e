"""Names the writer says are no one (`"Bettan" och "Gullan" är båtnamn`, `— characters`,
`Ingen person heter …`) are left unmasked; people named in the same text, before the gloss
with a cue, after it, or right beside a thing's name, are still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    'Slussvakten noterade att "Stora Karin" och "Lill-Olle" är båtnamn.',
    'Bryggeriet har "Svarte Petter" och "Gamla Elsa" på fat – båda är ölsorter, inte personer.',
    "Rollerna Viktor, Agnes och Herbert – characters – övade vi på i går.",
    "Cast list: Hugo, Marianne and Dolores — characters.",
    'Traktorerna "Gamle Gustav" och "Röda Rut" är rekvisita i föreställningen.',
    'Kursens exempelpersoner Lena Sörby och Kent Vall är påhittade.',
    'Our van is called "Auntie Margit" – it is the name of the van, not a person!',
    "Ingen person heter Glass-Gunnar, det är kioskens namn.",
    'Barnen gjorde en docka som heter "Farbror Ivar" (en figur) till utställningen.',
    "Hundarna Doris och Sixten är inga personer.",
    'The pitches "Big Sven" and "Little Agnes" are places, not people.',
    # a short apposition between the name and the denial
    "Kiosken har fått sitt namn efter Rut – en gammal färja, inte en person.",
])
def test_names_the_text_calls_no_one_are_left(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    # a person before the gloss, set off by a label's colon
    ('Cykel inlämnad av Tomas Wirén, 070-174 06 36: Monark Greta, Crescent Sune – modellnamn.',
     ["Tomas Wirén"]),
    # a person after the gloss
    ('Seriefigurerna är inga personer, men illustratören Nils Hedvall är det.',
     ["Nils Hedvall"]),
    # a cued person earlier in the sentence stays
    ('Anmälaren Lisa Ekwall skriver att "Bettan" är en båt.', ["Lisa Ekwall"]),
    # a denial that says something of a person does not clear her
    ("Jag tror på Sanna Bergqvist, hon är inte en person som ljuger.", ["Sanna Bergqvist"]),
    ("Jag träffade Sara Holm, inte en person till.", ["Sara Holm"]),
    # someone speaking of the things before the gloss in the same sentence
    ("Anna Ekström tror att det är rekvisita.", ["Anna Ekström"]),
    ("Lisa Bergman frågade om de där är bilarna.", ["Lisa Bergman"]),
    # a location is no gloss
    ("Mikael Ström är kvar i bilen.", ["Mikael Ström"]),
    ("Petra Lund är på butiken nu.", ["Petra Lund"]),
    ("Erik Holmlund är i filmer ibland.", ["Erik Holmlund"]),
    # a bullet's dash is no gloss of the line before
    ('- Vänner ("min polare Jonatan sålde") → maska.\n- Scennamn och platser → behåll.',
     ["Jonatan"]),
    # one name before a dash is a register's item, not a list a gloss speaks of
    ("Ansvar på mässan: Erik Lind – bilar, Sara Ek – båtar.", ["Erik Lind", "Sara Ek"]),
    ("Kontaktpersoner: Anna Berg – filmer och Omar Haddad – böcker.",
     ["Anna Berg", "Omar Haddad"]),
    # the gloss in brackets clears only the name right before it
    ('Ebba Krantz (17) och en elev som spelar "Doktor Snuggel" (en figur) var med.',
     ["Ebba Krantz"]),
])
def test_people_beside_a_gloss_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
