"""Swedish soldiers' and noble surnames no list holds are names by their endings (-sköld,
-hjelm, -stierna, -creutz, -crona), as -ström and -qvist are; the same endings inside an
ordinary word in lower case stay words. A surname after an initial glued to a signature's
slash (`/K. Strömholm`) is someone's, also after the line's last sentence and when the
surname is also a word (`… 07.00. /A. Kask`, `/M. Lind`)."""

from __future__ import annotations

import pytest

from .kit import found


@pytest.mark.parametrize(("text", "person"), [
    ("Marta Rosenskjöld, Svea Bruk AB, +46 70 174 06 95", "Marta Rosenskjöld"),
    ("Ring Johan Silfverhjelm om nycklarna.", "Johan Silfverhjelm"),
    ("Intyget skrevs av Eva Lejonstierna.", "Eva Lejonstierna"),
    ("Hälsningar, Fredrik Adlercreutz", "Fredrik Adlercreutz"),
])
def test_a_noble_surname_is_a_name(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_the_ending_inside_a_word_is_no_name() -> None:
    assert found("Klubben har en vapensköld och en gammal hjälm på väggen.", "PERSON") == []


@pytest.mark.parametrize(("text", "person"), [
    ("Märken: Sciroxx, Beligas.\n/K. Strömholm", "K. Strömholm"),
    ("Tack för hjälpen!\n/M. Nilsson", "M. Nilsson"),
    ("Sonen informerad 07.00. /A. Kask", "A. Kask"),
    ("Sov hela natten, inga larm! /K. Holm", "K. Holm"),
    ("Kontroller varje halvtimme.\n/M. Lind", "M. Lind"),
    ("Medicinen given.\n/E. Björk", "E. Björk"),
])
def test_an_initial_glued_to_a_signatures_slash(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_a_lettered_list_after_slashes_is_no_one() -> None:
    assert found("Plan:\n/A. Bakgrund\n/B. Åtgärder", "PERSON") == []


@pytest.mark.parametrize("text", [
    "Se punkt 3. /A. Bakgrund",  # a lettered item, no surname
    "Se bilaga 2. /B. Frost",  # a word no surname list holds apart from its place and weather
    "Hämtas på Storgatan 4 /B. Lind",  # no sentence ends before the slash
])
def test_a_slashed_letter_before_a_word_is_no_one(text: str) -> None:
    assert found(text, "PERSON") == []
