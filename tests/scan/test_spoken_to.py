"""A given name that is also a drug's street name is a person when a message opens by speaking
to her; someone pills came from is a person; a name someone called themself is masked."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize("text, name", [
    ("Sms till nattchefen 02:10\nKristina sorry att jag stör, larmet går igen.", "Kristina"),
    ("Tina, kan du hämta mig vid stationen?", "Tina"),
    ("Charlie, are you still at the party?", "Charlie"),
])
def test_a_street_name_spoken_to_is_a_person(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text", [
    "Tina, det är farligt att blanda med alkohol.",
    "Molly 300\nTina 450",
    "Tina, du vet, är det som folk kallar metamfetamin.",
])
def test_a_street_name_as_a_topic_stays_a_drug(text: str) -> None:
    assert found(text, "PERSON") == []


def test_pills_from_someone_on_a_day_name_the_giver() -> None:
    assert "Mehmet" in found("She got pills from Mehmet on Friday.", "PERSON")


def test_a_name_printed_on_pills_stays_unmasked() -> None:
    assert found("Pills with Superman on them were sold at the gate.", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("En man som kallade sig Doktor Glad delade ut piller.", "Doktor Glad"),
    ("A man calling himself Captain Sunshine handed out tabs.", "Captain Sunshine"),
])
def test_a_name_someone_called_themself_is_found(text: str, name: str) -> None:
    assert name in found(text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Professor Balthazar är en tecknad serie från Zagreb.", "Balthazar"),
    ("Monsieur Hulot är en film av Jacques Tati.", "Hulot"),
])
def test_a_titled_name_said_to_be_a_work_stays(text: str, word: str) -> None:
    assert not any(word in f for f in found(text, "PERSON"))
