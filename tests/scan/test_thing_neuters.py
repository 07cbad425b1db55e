"""Things named like people, found by counting the dev halves' false alarms by the path that
made them: a neuter noun in its definite form before a given name (`Projektet Hedvig`,
unitnames.a_thing_neuter), a listed name that is an everyday word before the noun it
qualifies (`Brun kärrhök`, attributive.py), and the heads of an IT log, a fishing forum and a
study circle (thingheads.py). Beside each, the person it must not cost."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

THINGS = [
    ("a prize, a preposition after", "Styrelsen delar ut Folkhälsopriset Elsa i maj.", "Elsa"),
    ("an adjective before its noun", "Ring mig om Bruna glas kommer in igen.", "Bruna"),
    ("a pronoun before its noun", "Anmälan gäller Mina sidor på webben.", "Mina"),
    ("a server", "Ändring: servern Hilda patchas söndag.", "Hilda"),
    ("a fly", "Flugan Frances i röd variant tar laxen i juni.", "Frances"),
    ("a study circle", "Studiecirkeln Stina på jobbet handlar om arbetsmiljö.", "Stina"),
]


@pytest.mark.parametrize(("what", "text", "thing"), THINGS)
def test_a_thing_named_like_a_person_is_no_one(what: str, text: str, thing: str) -> None:
    assert thing in mask(text, scan(text)), what


PEOPLE = [
    ("a child, a person's neuter", "Barnet Elsa i förskolan har feber.", "Elsa"),
    ("a witness", "Vittnet Maria på platsen såg bilen.", "Maria"),
    ("a neuter head, a surname after", "Projektet leds av Hedvig Strandberg.", "Hedvig Strandberg"),
    ("a neuter head, a verb after mid-sentence", "På kontoret Anna hyrde satt vi fyra.", "Anna"),
    ("a common-word name before a verb", "Marita har ringt Britt. Rosa sover nu.", "Britt"),
    ("a common-word name before a sign", "Ticket DATA-1123 for Rita.", "Rita"),
    ("a common-word name before and", "Staff Jonte and Aron Wiklund helped.", "Jonte"),
    ("a role before a full name", "Skyddsombudet Hilda Vennberg svarar i appen.",
     "Hilda Vennberg"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_named_so_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what


def test_the_name_word_keeps_its_name() -> None:
    """`namnet` is a neuter noun in its definite form, and names a person (unitnames.py)."""
    text = "Hon uppgav namnet Sara, inget efternamn."
    assert "Sara" not in mask(text, scan(text))
