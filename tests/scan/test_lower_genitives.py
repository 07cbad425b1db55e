"""A given name typed in lower case with its genitive -s, between a preposition and what is
that person's (dictation, chat): `i viggos jacka`, `i stens väska`; a word's genitive there
(`i dagens tidning`, `i fredags`) stays a word."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("jag hittade en påse i viggos jacka och två tabletter", ["viggos"]),
    ("det låg en burk i stens väska igår kväll", ["stens"]),
])
def test_a_lower_case_genitive_of_a_given_name_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", [
    "det står i dagens tidning att priset stigit",
    "i fredags var vi ute hela natten",
    "vi åt på kvällens buffé och gick hem",
])
def test_a_word_s_genitive_stays_a_word(text: str) -> None:
    assert found(text, "PERSON") == []
