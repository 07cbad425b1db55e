"""`vsn events show|correct|retract|redact`: any moderator or admin changes any event from
the server, checked and audited as a reply would be."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col, select

from mailgate.cli.main import main
from store.db import session
from store.models import Decision, Event, FindingRow, Member, Outbox

from moderate.kit import ADMIN, MODERATORS, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBER = "anna@kommun-a.example.se"
TEXT = f"Blå tabletter märkta M30 säljs nära stationen. Säljaren nås på {FICTIONAL_MOBILE}."


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add(Member(email=MEMBER))
    d.deliver(report(text=TEXT))
    with d.s() as s:
        phone = s.exec(select(FindingRow).where(col(FindingRow.type) == "PHONE")).one()
    d.deliver(reply(d.sent(MOD1, "[VSN-granskning")[0], MOD1,
                    f"GODKÄNN\nBEHÅLL {phone.number}"))
    with session(d.engine) as s:  # the courier delivered the notice
        s.execute(update(Outbox).where(col(Outbox.kind) == "notice").values(status="sent"))
    mods = ", ".join(f'"{m}"' for m in MODERATORS)
    (tmp_path / "config.toml").write_text(
        f'[gateway]\ndomain = "vsn.example.se"\n'
        f'[store]\nurl = "sqlite:///{tmp_path / "vsn.sqlite3"}"\n'
        f'[delivery]\nurl = "maildir://{tmp_path / "outbox"}"\n'
        f'[moderation]\nmoderators = [{mods}]\nadmins = ["{ADMIN}"]\n', encoding="utf-8")
    return d


def vsn(desk: Desk, *args: str) -> int:
    folder = Path(str(desk.engine.url.database)).parent
    return main(["--config", str(folder / "config.toml"), "events", *args])


def event(desk: Desk) -> Event:
    with desk.s() as s:
        return s.exec(select(Event)).one()


def test_redact_masks_the_finding_that_show_numbers(desk: Desk,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    ref = event(desk).reference
    assert vsn(desk, "show", ref) == 0
    shown = capsys.readouterr().out
    number = re.search(r"\[(\d+)\] PHONE: ", shown)
    assert number is not None, shown
    assert vsn(desk, "redact", ref, "--finding", number.group(1), "--by", MOD2) == 0
    assert "[TELEFON]" in event(desk).text and FICTIONAL_MOBILE not in event(desk).text
    assert "[TELEFON]" in body(desk.one(MEMBER, "RÄTTELSE]"))
    assert desk.one(MOD2, "Rättelse publicerad")
    with desk.s() as s:
        audit = s.exec(select(Decision).where(col(Decision.action) == "redact")).one()
    assert audit.accepted and "via cli" in audit.detail and "old sha256" in audit.detail
    assert MOD2 not in audit.actor   # a reference, never the address


def test_correct_scans_the_new_text_and_retract_needs_staff(
        desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = event(desk).reference
    leaky = tmp_path / "leaky.txt"
    leaky.write_text(f"Ring {FICTIONAL_MOBILE}.", encoding="utf-8")
    assert vsn(desk, "correct", ref, "--text-file", str(leaky), "--by", ADMIN) == 1
    assert "PHONE" in capsys.readouterr().err and event(desk).text.startswith("Blå")
    clean = tmp_path / "clean.txt"
    clean.write_text("Gula tabletter märkta M30 säljs nära stationen.", encoding="utf-8")
    assert vsn(desk, "correct", ref, "--text-file", str(clean), "--by", ADMIN) == 0
    assert event(desk).text == "Gula tabletter märkta M30 säljs nära stationen."

    assert vsn(desk, "retract", ref, "--reason", "fel", "--by", MEMBER) == 2
    assert event(desk).status == "published"
    assert vsn(desk, "retract", ref, "--reason", "Analysen visade koffein.", "--by", MOD1) == 0
    assert event(desk).status == "retracted"
    assert "återkallad" in body(desk.one(MEMBER, "ÅTERKALLAD]"))
    assert vsn(desk, "retract", ref, "--reason", "igen", "--by", MOD1) == 1
