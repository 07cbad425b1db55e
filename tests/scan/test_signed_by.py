"""Who signed or attested a record is someone, even when the name's words are also words
(Sol, Lind, Rosa, Ek); the same verbs without a name mark none."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("Signerat: Sol Lind, sjuksköterska", ["Sol Lind"]),
    ("Journalen signerad av Rosa Ek igår.", ["Rosa Ek"]),
    ("Signed by Rose Field, nurse on duty", ["Rose Field"]),
])
def test_the_signer_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


@pytest.mark.parametrize("text", ["Dokumentet är signerat och klart.",
                                  "Underskrift: ____________"])
def test_signing_without_a_name_marks_none(text: str) -> None:
    assert found(text, "PERSON") == []
