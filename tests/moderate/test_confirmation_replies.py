"""RÄTTELSE, MASKERA and ÅTERKALLA in reply to what a moderator gets after publishing: the
"Publicerad" confirmation, the "Rättelse publicerad" one after a correction, and the notice
they got as members. Every way clients quote (kit.STYLES) must carry out the command: the
reply's subject keeps our own prefix ("SV: Rättelse publicerad: …"), and the quoted mail
lists every command word, so neither may be read as the moderator's."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select

from store.db import session
from store.models import Event, EventUpdate, FindingRow, Member

from moderate.kit import MODERATORS, STYLES, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1 = MODERATORS[0]
MEMBER = "anna@kommun-a.example.se"
NEW_TEXT = "Blå tabletter märkta M30 såldes i Zebrastaden. Flera förgiftningar i veckan."
LEAKY = (f"Blå tabletter märkta M30 såldes i Xylofonstaden. Säljaren nås på {FICTIONAL_MOBILE}."
         "\nFlera förgiftningar i veckan.")
REASON = "Analysen visade koffein."
NOTE = "Tabletterna var gula, inte blå."


def _publish(desk: Desk) -> None:
    """A warning published with a phone number the moderator kept (so MASKERA has a finding)."""
    desk.deliver(report(text=LEAKY))
    with desk.s() as s:
        phone = s.exec(select(FindingRow).where(col(FindingRow.type) == "PHONE")).one()
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1,
                       f"GODKÄNN\nBEHÅLL {phone.number}"))


def _corrected(desk: Desk) -> EmailMessage:
    desk.deliver(reply(desk.one(MOD1, "Publicerad"), MOD1, "RÄTTELSE: Fel stad i texten."))
    return desk.one(MOD1, "Rättelse publicerad")


# What the moderator answers: the confirmation itself, or the warning they got as a member.
TARGETS: dict[str, Callable[[Desk], EmailMessage]] = {
    "Publicerad": lambda desk: desk.one(MOD1, "Publicerad"),
    "Rättelse publicerad": _corrected,
    "notice": lambda desk: desk.one(MOD1, "[VSN RÖD]"),
}


def _finding(desk: Desk) -> int:
    """The phone number's n in MASKERA n, as the latest confirmation lists it."""
    found = re.search(r"\[(\d+)\] TELEFON: ", body(desk.one(MOD1, "ublicerad")))
    assert found is not None
    return int(found.group(1))


def _event(desk: Desk) -> Event:
    with desk.s() as s:
        return s.exec(select(Event)).one()


def _notes(desk: Desk) -> list[str]:
    with desk.s() as s:
        return [u.text for u in s.exec(select(EventUpdate).order_by(col(EventUpdate.id)))]


# (command as written, given the desk; what the moderator notices when it was carried out)
COMMANDS: dict[str, tuple[Callable[[Desk], str], Callable[[Desk], bool]]] = {
    "RÄTTELSE: note": (lambda desk: f"RÄTTELSE: {NOTE}",
                       lambda desk: _notes(desk)[-1] == NOTE),
    "RÄTTELSE with a text": (
        lambda desk: f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---",
        lambda desk: _event(desk).text == NEW_TEXT),
    "MASKERA n": (lambda desk: f"MASKERA {_finding(desk)}",
                  lambda desk: "[TELEFON]" in _event(desk).text),
    "ÅTERKALLA: reason": (
        lambda desk: f"ÅTERKALLA: {REASON}",
        lambda desk: _event(desk).status == "retracted" and _notes(desk)[-1] == REASON),
}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A desk's folder with the warning published, built once: each case works on a copy."""
    folder = tmp_path_factory.mktemp("published")
    desk = Desk(folder)
    with session(desk.engine) as s:
        s.add_all(Member(email=m) for m in (MEMBER, MOD1))
    _publish(desk)
    desk.engine.dispose()
    return folder


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("style", [s for s in STYLES if s != "kit"])
@pytest.mark.parametrize("command", COMMANDS)
def test_a_correction_command_is_carried_out_however_the_reply_quotes(
        published: Path, tmp_path: Path, target: str, style: str, command: str) -> None:
    shutil.copytree(published, tmp_path / "desk")
    desk = Desk(tmp_path / "desk")
    answered = TARGETS[target](desk)
    written, carried_out = COMMANDS[command]
    desk.deliver(reply(answered, MOD1, written(desk), style=style))

    refused = desk.sent(MOD1, "Inte utfört")
    assert not refused, body(refused[-1])
    assert carried_out(desk)


def test_an_unclear_correction_is_quoted_back_with_the_correction_commands(
        published: Path, tmp_path: Path) -> None:
    shutil.copytree(published, tmp_path / "desk")
    desk = Desk(tmp_path / "desk")
    desk.deliver(reply(_corrected(desk), MOD1, "Återkalla analysen visade koffein",
                       style="gmail"))
    refused = body(desk.one(MOD1, "Inte utfört"))
    assert "  Återkalla analysen visade koffein" in refused   # the moderator's own line
    assert "ÅTERKALLA: <skäl>" in refused and "GODKÄNN" not in refused
    assert _event(desk).status == "published"
