"""Rooms, ships and halls named like people are no one; people beside them still are."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, thing", [
    ("Vi har bokat grupprum Karin Månsdotter till workshopen.", "Karin"),
    ("Lokaler: stora salen, mötesrum Birger Jarl och Drottning Kristina.", "Kristina"),
    ("Grupperna delas på konferensrum Selma Lagerlöf eller Nils Holgersson.", "Nils"),
    ("Samling i Rinkeby Folkets Hus klockan sex.", "Folkets"),
    ("Isbrytaren bistod MT Sigrid Ellen i Bottenviken.", "Sigrid"),
    ("Lotsen rapporterar att MV BALTIC HEDVIG ankom 0400.", "HEDVIG"),
])
def test_a_room_hall_or_ship_named_after_someone_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, person", [
    ("Vi har bokat grupprum Karin Månsdotter; kontakt Lena Åkerlund.", "Lena Åkerlund"),
    ("Båten Ellen och Erik Hammar kom i land vid sex.", "Erik Hammar"),
    ("Vi pratade med bilen och Anna Svensson på plats.", "Anna Svensson"),
    ("Färja M/S Skåne\nBesättningsman Petros Andreou hittades i hytten.", "Petros Andreou"),
])
def test_a_person_beside_them_is_still_found(text: str, person: str) -> None:
    assert any(person in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("Vi bodde på Casa Ramiro i Nerja hela veckan.", "Ramiro"),
    ("Lunch på Restaurant Don Esteban vid stranden.", "Esteban"),
    ("Fika på Café Signe efter mötet.", "Signe"),
    ("Han spelade på Golfklubben Don Lorenzo i tre dagar.", "Lorenzo"),
    ("Nästa möte i Ungdomens hus Birgit.", "Birgit"),
])
def test_a_house_cafe_or_club_named_after_someone_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


def test_the_owner_named_beside_the_house_is_still_found() -> None:
    text = "Vi bodde på Casa Ramiro; ägaren Ramiro Fuentes mötte oss."
    assert any("Ramiro Fuentes" in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("Kvällen avslutades i Elsa Beskow-stugan vid sjön.", "Elsa"),
    ("Vi handlade Holmgrens Korv och Nybergs Knivar på marknaden.", "Holmgrens"),
])
def test_a_cabin_or_a_firms_wares_named_after_someone_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


def test_a_person_who_makes_them_is_still_found() -> None:
    assert found("Korvmakaren Tord Holmgren sålde slut.", "PERSON") != []


@pytest.mark.parametrize("text, thing", [
    ("Fredag är det Abbe Lindholm-kväll i puben.", "Abbe"),
    ("Vi gick på Sonja Bergqvist-utställningen på museet.", "Sonja"),
])
def test_an_evening_or_show_named_after_someone_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, person", [
    ("Killen i Birger Magnusson-dräkt sa att det var te.", "Birger"),
    ("Där stod Ivar Blom-Sandberg vid kassan.", "Ivar Blom-Sandberg"),
])
def test_a_costume_of_someone_and_a_double_surname_still_name_a_person(
        text: str, person: str) -> None:
    assert any(person in name for name in found(text, "PERSON"))


@pytest.mark.parametrize("text, thing", [
    ("Omtentan skrivs i Hörsal Scheele på fredag.", "Scheele"),
    ("Chattboten Maja svarade att mottagningen är stängd.", "Maja"),
])
def test_a_lecture_hall_or_a_bot_named_like_someone_is_no_person(text: str, thing: str) -> None:
    assert not any(thing in name for name in found(text, "PERSON"))


def test_a_lecturer_in_the_hall_is_still_found() -> None:
    assert found("I hörsalen föreläste Maja Lindqvist om opioider.", "PERSON") != []


def test_a_day_and_a_month_in_lower_case_are_a_date_not_a_name() -> None:
    assert found("Nästa träff 14 jan kl 18 och sedan 2 maj.", "PERSON") == []
    assert any("jan" in n for n in found("jan och lisa kom hem sent igår", "PERSON"))


def test_a_tool_named_like_someone_after_a_machines_participle_is_no_person() -> None:
    text = "Sida 2 (3) – utskriven fredag via Tage. Frågor till labbet."
    assert not any("Tage" in n for n in found(text, "PERSON"))
    text = "Loggen (exporterad av Tage, fritidsledare) visar chatten."
    assert any("Tage" in n for n in found(text, "PERSON"))
