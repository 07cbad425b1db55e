"""c/o addresses with the name inside them: the address is masked, and the name is found as
a PERSON, so the same name is masked wherever else it stands."""

from __future__ import annotations

import pytest

from mailgate.scan import mask, scan

CASES = [
    ("street after the name", "Han bor c/o Andersson, Storgatan 3 i Malmö.",
     ["Andersson", "Storgatan 3"], "Han bor [ADRESS], [ADRESS] i Malmö."),
    ("the name again later", "Post till c/o Kovačević, Lindvägen 4. Kovačević vet inget.",
     ["Kovačević", "Lindvägen 4"], "Post till [ADRESS], [ADRESS]. [NAMN] vet inget."),
    ("family", "Skickas till c/o Familjen Nguyen, Björkvägen 12B, 123 45 Solna.",
     ["Nguyen", "Björkvägen 12B"], None),
    ("capitals", "C/O ERIKSSON, KUNGSGATAN 5, 753 20 UPPSALA", ["ERIKSSON", "KUNGSGATAN 5"],
     None),
    ("full name and box", "c/o Lisa Berg, Box 123, 111 22 Stockholm", ["Lisa Berg", "Box 123"],
     None),
    ("lower-case name", "hon bor c/o andersson på storgatan 9", ["andersson"], None),
]


@pytest.mark.parametrize(("voice", "text", "gone", "masked"), CASES)
def test_the_name_in_a_care_of_address_is_masked(
        voice: str, text: str, gone: list[str], masked: str | None) -> None:
    findings = scan(text)
    out = mask(text, findings)
    assert [g for g in gone if g in out] == [], (voice, out)
    assert any(f.type == "PERSON" for f in findings), voice
    if masked is not None:
        assert out == masked


@pytest.mark.parametrize("text", [
    "Han bor c/o Stadsmissionen, Storgatan 3.",
    "Post till c/o Convictus, Box 4, Stockholm.",
])
def test_an_organisation_after_care_of_is_no_person(text: str) -> None:
    assert [f for f in scan(text) if f.type == "PERSON"] == []
