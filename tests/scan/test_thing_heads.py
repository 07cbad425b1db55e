"""Things named like people by the word for them (boats, machines, bells, storms, rooms,
costumes, patterns) are no one's data; a person named beside such a word is still found."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text", [
    "Segelbåten Maja-Lisa låg förtöjd vid bryggan när påsarna hittades.",
    "Fiskekuttern Greta Maria kom in till Smögen i går kväll.",
    "Snöskotern Sixten stod olåst bakom stugan, sprutorna låg i packlådan.",
    "Ishallens ismaskin heter \"Olle\" och gick sönder under natten.",
    "Kyrkklockan \"Stora Karin\" ringde när polisen kom.",
    "Lågtrycket Hilda väntas i natt, så leveranserna kan bli sena.",
    "Rummen heter Astrid, Selma och Greta; påsen låg i ett av dem.",
    "Soffmodellen \"Bertil\" och fåtöljen \"Vanja\" såldes med tabletter i sömmen.",
    "The costume \"Frank\" was returned with pills in the pocket.",
    "Karusellen heter numera \"Lilla Lotta\" och var avstängd.",
    "Traktorerna heter Nisse och Bosse, och i hytten låg ett kuvert.",
])
def test_a_thing_named_like_a_person_is_no_person(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text, names", [
    ("Modellen Tilda Nordström blev erbjuden bantningspiller på fotograferingen.",
     ["Tilda Nordström"]),
    ("Föraren av bilen heter Erik Lundgren och är 19 år.", ["Erik Lundgren"]),
    ("I bilen Anna Sjöberg körde låg två påsar.", ["Anna Sjöberg"]),
    ("Fotomodellen Jessica hade fått tabletter av en kund.", ["Jessica"]),
    ("Båtens ägare heter Göran Malm, 070-174 06 11.", ["Göran Malm"]),
    ("Nyckelfiguren Jonas säljer i trapphuset.", ["Jonas"]),
])
def test_people_beside_a_thing_word_are_found(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "Avvikelsesystemet heter Synergi och ärendena SYN-nummer.",
    "Boken ges ut på förlaget Norstedts till hösten.",
    "Mötet hålls i grupprum Drottning Blanka på plan 3.",
    "Jag driver bloggen \"Knarkkollen\" sedan 2019.",
])
def test_systems_publishers_rooms_and_blogs_are_things(text: str) -> None:
    assert found(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("Fäbodstödet gäller Mora Vattnäs 14:3, brukad av familjen.", []),
    ("Sprutorna hittades på fastigheten Sältan 4:112 i Gällivare.", []),
    ("Möte med Anna Berg 14:30 om beslaget.", ["Anna Berg"]),
])
def test_a_propertys_designation_is_no_person_and_a_time_leaves_one(
        text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names
