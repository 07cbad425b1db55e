"""One capitalised word opening a quote in sentence case (`"Rus och ruin"`) is a title's first
word, no one's name (quotedphrases.py); a given name, a verb after the name, a full name or
a capital later in the quote keep a person."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

TITLES = [
    ("an exhibition's title", 'MONTERTEXTER "Rus och ruin", rum 3.', "Rus"),
    ("a novel's title", 'Vi läser "Fors i mörkret" i bokcirkeln.', "Fors"),
]


@pytest.mark.parametrize(("what", "text", "word"), TITLES)
def test_a_sentence_case_quote_opens_with_no_name(what: str, text: str, word: str) -> None:
    assert word in mask(text, scan(text)), what


PEOPLE = [
    ("a verb after the name", '"Jamal knarkar" skrev någon på väggen.', "Jamal"),
    ("a full name as written", 'Sidan 212: "Ronny Eks bil" blir något annat.', "Ronny Ek"),
    ("a capital later", 'Hon sa "Jamal och Ali kom" och gick.', "Jamal"),
    ("a given name", 'Lappen sa "Sara ring mig" och ett nummer.', "Sara"),
    ("a given name's genitive", 'Han skrev "Ahmeds bror vet" i chatten.', "Ahmeds"),
]


@pytest.mark.parametrize(("what", "text", "name"), PEOPLE)
def test_people_named_so_stay_masked(what: str, text: str, name: str) -> None:
    assert name not in mask(text, scan(text)), what
