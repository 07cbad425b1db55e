"""The subject of a reply keeps our own prefix ("SV: Rättelse publicerad: [VSN-granskning …]");
only what the moderator wrote before the tag may be read as a command."""

from __future__ import annotations

import pytest

from mailgate.moderate.commands import Action, Command, Problem, Unclear, read_command
from mailgate.moderate.subjects import Prefix, without_ours

TAG = "[VSN-granskning 2026-0001] RÖD: fentanyl i falska oxykodontabletter"
MARKERS = ("SV: ", "Sv: ", "RE: ", "VB: ", "AW: ", "SV: SV: ", "")


@pytest.mark.parametrize("prefix", list(Prefix))
@pytest.mark.parametrize("marker", MARKERS)
def test_our_prefix_is_never_read_as_a_command(prefix: Prefix, marker: str) -> None:
    subject = f"{marker}{prefix}: {TAG}"
    assert read_command("ÅTERKALLA: Analysen visade koffein.", subject) == Command(
        Action.RETRACT, reason="Analysen visade koffein.")
    assert read_command("GODKÄNN", subject) == Command(Action.APPROVE)
    assert read_command("Tack!", subject) == Unclear(Problem.NO_COMMAND)


@pytest.mark.parametrize(("before_tag", "left"), [
    ("GODKÄNN ", "GODKÄNN"),                     # the review's mailto links
    ("AVSLÅ: ", "AVSLÅ:"),
    ("SV: Rättelse publicerad: ", ""),
    ("ÅTERKALLA: fel substans SV: Rättelse publicerad: ", "ÅTERKALLA: fel substans"),
    ("SV: Inte utfört: SV: Fråga skickad: ", ""),
    ("RÄTTELSE: fel färg ", "RÄTTELSE: fel färg"),
])
def test_the_moderators_part_of_the_subject(before_tag: str, left: str) -> None:
    assert without_ours(before_tag) == left


def test_a_command_typed_before_our_prefix_still_counts() -> None:
    subject = f"ÅTERKALLA: fel substans SV: {Prefix.CORRECTED}: {TAG}"
    assert read_command("", subject) == Command(Action.RETRACT, reason="fel substans")
