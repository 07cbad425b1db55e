"""Things named like people in a festival's, a harbour's, a TV guide's and a market's texts,
each beside its look-alikes: ships by a capitalised ship word and a full name, places abroad
of several words, playing cards and shows, foods and drinks, fictional detectives and game
heroes, a song performed, a place noun no one is surnamed, a market's place named."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize("text", [
    "Isbrytaren Oden Larsson gick ut i morse.",  # made up: a ship word opens the sentence
    "Tankfartyget Karin Lundgren låg kvar vid kajen i Brofjorden.",
    "Sjöräddningens kryssaren Gösta Ekman larmades i natt.",
    "Trålaren Hedvig Strand kom in med sill.",
])
def test_a_ship_word_before_a_full_name_names_the_ship(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Befälhavaren Karin Lundgren låg kvar vid kajen.", "Karin Lundgren"),
    ("På färjan träffade vi Hedvig Strand från Öckerö.", "Hedvig Strand"),
    ("Maskinisten Oden Larsson gick i land i Luleå.", "Oden Larsson"),
])
def test_a_crews_role_before_a_full_name_still_names_someone(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Containern lastades om i Santa Barbara och gick vidare.",
    "Vi har träningsläger i Sierra Madre i april.",
    "Bananerna kom via Port Louis.",
    "Konferensen flyttas till San Diego nästa år.",
    "Vi bodde i Kallio under hela festivalen.",
    "Floods hit New Orleans again.",
])
def test_a_place_abroad_of_several_words_or_a_capitals_district_is_no_person(
        text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Jag pratade med Kallio Virtanen om resan.", "Kallio Virtanen"),
    ("Ring Santiago Lopez om containern.", "Santiago Lopez"),
])
def test_a_person_named_like_a_place_abroad_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Hon lade Klöver Dam och vann hela potten.",
    "He was holding the Queen of Spades all along.",
    "Tablån: 20.00 Fröken Frimans krig, 21.00 nyheter.",
    "Tortillas från Old El Paso och rom från Ron Zacapa står på bordet.",
    "Vinet är ett Santa Helena från Chile.",
    "Vi köpte Coca-Cola och Red Bull till kiosken.",
    "Han kör en Seat Leon från 2012.",
    "Bilen är en Leon.",
    "I kväll klär jag ut mig till Lisbeth Salander.",
    "Alla ville spela som Geralt eller Kratos på fritids.",
    "Berättelsen om Hins-Anders läses på hembygdsgården.",
])
def test_a_card_a_show_a_food_or_a_character_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Tablån: 20.00 Frida Friman läser nyheterna.", "Frida Friman"),
    ("Ring Ron Zackrisson om drinkarna.", "Ron Zackrisson"),
    ("Lars Coca tar kiosken på lördag.", "Lars Coca"),
    ("Mattias sa till Leon att sluta.", "Leon"),  # a car's model only with its maker
    ("Lisbeth Sandberg har klätt ut sig.", "Lisbeth Sandberg"),
])
def test_people_beside_them_stay(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Kören framförde Elin och Tove-visan i kyrkan.",
    "Orkestern tolkade Fernando i en ny version.",
    "Trion coverade Jolene på sitt eget sätt.",
    "We met by Victoria Station at nine.",
    "The bus stops at Kennedy Airport.",
    "Nya kaféet heter Fröken Svensson.",
])
def test_a_song_performed_a_station_or_a_cafe_named_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Kören framförde sången för Elin Strand.", "Elin Strand"),
    ("Tolken tolkade åt Omar Haddad hela mötet.", "Omar Haddad"),
    ("We met Victoria Holm at the station.", "Victoria Holm"),
    ("Killen på kaféet heter Omar.", "Omar"),
])
def test_a_person_after_the_same_words_stays(text: str, name: str) -> None:
    assert name in found(text, "PERSON")
