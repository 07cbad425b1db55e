"""Nicknames friends use and someone's nickname are names; words said and places listed are not."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ('En hade kepsen Stone Island och kallades "Bamse" av kompisen.', "Bamse"),
    ('Ungdomar köpte Xanor och Spice från en som kallas "Rájá-Robban" på Telegram.',
     "Rájá-Robban"),
    ('Säljaren kallades "Smeden" av alla i korridoren.', "Smeden"),
])
def test_a_nickname_someone_is_called_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    'Pillren kallades "Bamse" av köparna.',
    'GHB kallas "Lilla G" av många unga.',
])
def test_a_pill_called_so_stays_a_pill(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, word", [
    ("En kille på bana 5 säljer nåt, säger 'Lotta' och 'Sippan', vet inte mer.", "Lotta"),
    ("En kille på bana 5 säljer nåt, säger 'Lotta' och 'Sippan', vet inte mer.", "Sippan"),
    ("Pills have also been reported near Stora torget and Babel; ask staff.", "Babel"),
])
def test_words_said_and_places_listed_are_no_names(text: str, word: str) -> None:
    assert word not in found(text, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Han sågs i Hovsjö och Anna ringde oss direkt.", "Anna"),
    ("Erik sa hej till Anna vid kassan.", "Anna"),
    ("En kille säljer nåt, heter Lukas typ.", "Lukas"),
])
def test_people_next_to_places_and_words_said_are_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, place", [
    ("På hajken hittade ledarna en påse vid Lilla Middagsberget i går.", "Middagsberget"),
    ("Nattvandring, fredag. Vid Kvarnholmen och Stortorget såg vi ungdomar.", "Kvarnholmen"),
    ("Vi samlas vid Norra Björkskogen klockan sju.", "Björkskogen"),
])
def test_a_place_by_its_definite_place_word_is_no_name(text: str, place: str) -> None:
    assert not any(place in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, name", [
    ("Hej Lena Holmen, tack för senast.", "Lena Holmen"),
    ("Vi såg Hannes Bäcken i går kväll.", "Hannes Bäcken"),
    ("Vid mötet var Anna Forsen med.", "Anna Forsen"),
])
def test_a_given_name_before_such_a_word_makes_it_a_surname(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Ungdomar vid Skolparken pratar om 'Subu' och 'Pregga' på rasterna.", "Pregga"),
    ("The boys mentioned 'Blue Sky' and 'Pinky' twice.", "Pinky"),
    ("Lørdag: ved Bruuns Galleri og Rådhuspladsen så vi unge med lattergas.", "Bruuns"),
])
def test_words_talked_about_and_shopping_centres_are_no_names(text: str, word: str) -> None:
    assert not any(word in name for name in found(text, "PERSON"))


def test_a_person_talked_about_without_quotes_is_found() -> None:
    assert "Erik Lund" in found("Vi pratade om Erik Lund på mötet.", "PERSON")


@pytest.mark.parametrize("text, names", [
    ('Hon skrev "Hej Anna Berg, ring mig" i sms:et.', ["Anna Berg"]),
    ("Han säger 'Lotta' och 'Sippan' om tabletterna.", []),
])
def test_a_quoted_message_names_its_people_a_quoted_word_does_not(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
