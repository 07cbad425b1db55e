"""Swedish soldiers' and noble surnames no list holds are names by their endings (-sköld,
-hjelm, -stierna, -creutz, -crona), as -ström and -qvist are; the same endings inside an
ordinary word in lower case stay words. A surname after an initial glued to a signature's
slash (`/K. Strömholm`) is someone's."""

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
])
def test_an_initial_glued_to_a_signatures_slash(text: str, person: str) -> None:
    assert person in found(text, "PERSON")


def test_a_lettered_list_after_slashes_is_no_one() -> None:
    assert found("Plan:\n/A. Bakgrund\n/B. Åtgärder", "PERSON") == []
