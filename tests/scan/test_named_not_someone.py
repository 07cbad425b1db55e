"""Things named like people, found as people before: a building glued to the name of someone
no list holds (`Greta Garbohuset`), a unit signing in capitals (`sign. FHV`), a long English
word or a Swedish definite noun quoted in passing (`"Blueprint"`), a titled character after a
list's number or an arrow (`2. "Morbror Moped"`), a ship after a neighbour's ferry word
(`prom Nova Star`) or before its IMO number. The people beside them, in the same frames,
stay found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, names", [
    ("Mötet hålls i Greta Garbohuset, säger Lina Berg.", ["Lina Berg"]),
    ("Vi har hyrt Alfred Nobelsalen till festen, skriver Omar Sund.", ["Omar Sund"]),
    ("Ronden börjar vid Gustaf Dalénhuset och slutar vid garaget.", []),
    ("Festen i Hjalmar Brantingsalen var lugn enligt vakterna.", []),
])
def test_a_building_glued_to_an_honoured_name_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Hälsningar\nAnna Rinkebyskolan", ["Anna"]),
    ("Lärare Emil Tallbackaskolan ringde om bussen.", ["Emil"]),
    ("Mötet leds av Greta Lindberg i huset.", ["Greta Lindberg"]),
])
def test_a_name_before_a_school_of_a_place_stays_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Provet förseglades av Nils Ek, sign. FHV, och skickades.", ["Nils Ek"]),
    ("Avvikelsen är registrerad.\nSign. SÄK", []),
    ("Fakturan är betald, sign. EKO 2026-11-30.", []),
])
def test_a_unit_signing_in_capitals_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Dosen gavs kl 08, sign. MNB.", ["MNB"]),
    ("Avvikelsen är registrerad.\nSign. KL", ["KL"]),
])
def test_initials_signing_stay_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Coachen säljer sitt \"Blueprint\"-program till alla nya medlemmar.",
    "Podden \"Afterparty\" hade ett avsnitt om GHB i veckan.",
    "Tjejerna i laget \"Stormvindarna\" vann cupen.",
])
def test_a_word_quoted_in_passing_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("En kille som kallas \"Shadow\" säljer piller vid stationen.", ["Shadow"]),
    ("Han kallar sig \"Professorn\" och säljer på Telegram.", ["Professorn"]),
    ("Vi pratade med \"Tiger\" som jobbar i baren.", ["Tiger"]),
])
def test_a_quoted_nickname_stays_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Körschema: 1. Intro 2. \"Kapten Kaos\" och sedan allsång", []),
    ("Ändring: Clown → Kapten Konfetti i andra akten.", []),
    ("Talare: 1. Syster Maja Lund 2. rektorn", ["Maja Lund"]),
])
def test_a_titled_character_in_a_list_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Rezerwacja na prom Stena Vision została anulowana.", []),
    ("Vi tok ferjen Kristina Regina over fjorden.", []),
    ("At prom Anna Lindqvist danced all night.", ["Anna Lindqvist"]),
])
def test_a_ship_after_a_neighbours_ferry_word_is_no_one(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text, names", [
    ("Boarding of the tanker Karin Lundh (IMO 9312456) found powder, said Eva Holm.",
     ["Eva Holm"]),
    ("Fartyget hette Maria Sofia, IMO 9234567, och låg vid kaj 4.", []),
    ("Vi ringde Anna Berg (IMO-certifikat) om lotsningen.", ["Anna Berg"]),
    ("Styrman Karin Boström, fartyget IMO 9312456, hittade påsen.", ["Karin Boström"]),
])
def test_a_name_before_a_ships_imo_number_is_the_ships(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
