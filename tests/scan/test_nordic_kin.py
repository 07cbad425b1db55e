"""A given name after a Norwegian or Danish word for kin or a neighbour is a person, as after
the Swedish ones; the medicines in the same sentences stay readable."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ("Han bruker Paralgin forte og Sobril. Datteren Liv sier han blander med akevitt.", "Liv"),
    ("Naboen Arnfinn fant ham på trappen i går kveld.", "Arnfinn"),
    ("Kæresten Mette har hentet Oxynorm på apoteket.", "Mette"),
])
def test_a_name_after_a_nordic_kin_word_is_masked(text: str, name: str) -> None:
    persons = found(text, "PERSON")
    assert name in persons
    assert not {"Paralgin", "Sobril", "Oxynorm"} & set(persons)


def test_the_kin_word_alone_names_no_one() -> None:
    assert found("Moren har Sobril i skapet og datteren vet det.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("Hei! Torstein Kvamme har lånt bort 20 000 kr til en kar på Grünerløkka.", "Torstein Kvamme"),
    ("Moderator Ingvild: Tråden er låst.", "Ingvild"),
    ("Referat fra møtet: Gunnhild Rustad og Jostein Haugan var til stede.", "Jostein Haugan"),
])
def test_norwegian_given_names_and_farm_surnames_are_names(text: str, name: str) -> None:
    """Norwegian names the general lists lacked: Norwegians write to Swedish services often."""
    assert name in found(text, "PERSON")
