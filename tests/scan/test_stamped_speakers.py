"""Speakers of a chat export after the time stamp opening their line (`[21:05] Yazan:`,
`[03/12/2026, 21:15] yazan:`), in capitals or typed in lower case, as a phone's export
writes a contact; a form's labels in the same places stay labels."""

from __future__ import annotations

import pytest

from tests.scan.kit import found


@pytest.mark.parametrize(("text", "names"), [
    ("[21:04] Ragnhild: sover du?\n[21:05] Yazan: nej, hos Tarek", ["Ragnhild", "Yazan", "Tarek"]),
    ("[03/12/2026, 21:04] Mamma: var är du\n[03/12/2026, 21:15] yazan: hos kompisen\n"
     "[03/12/2026, 21:16] Mamma: ok", ["yazan"]),
])
def test_a_speaker_after_a_time_stamp_is_someone(text: str, names: list[str]) -> None:
    assert found(text, "PERSON") == names


def test_labels_after_a_time_stamp_stay_labels() -> None:
    text = "[08:10] Datum: 3 dec\n[08:11] Plats: förrådet\n[08:12] Notering: inget"
    assert found(text, "PERSON") == []
