"""Floods across senders, in process: junk is discarded without a word to anyone, the
relay's spam verdict and the block list stop mail before review, and a flood of reports
from non-members reaches moderators as one list, while members' reports go out at once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from mailgate.cli.main import main
from mailgate.hold.batch import send_batched
from mailgate.hold.timers import escalate_red
from mailgate.service.retention import purge
from store import blocks
from store.db import session
from store.models import Decision, InboundMail, Member
from store.types import utcnow

from moderate.kit import CLEAN_TEXT, MODERATORS, REPORTER, Desk, body, reply, report

MOD1, MOD2 = MODERATORS
MEMBER = "anna@kommun-a.example.se"


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    return Desk(tmp_path)


def kinds(desk: Desk) -> list[str]:
    with desk.s() as s:
        return [str(r.kind) for r in s.exec(select(InboundMail).order_by(col(InboundMail.id)))]


def test_discard_answers_nobody(desk: Desk) -> None:
    desk.deliver(report(text=CLEAN_TEXT))
    before = len(desk.sent())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "KASTA"))
    assert desk.report().status == "discarded"
    # Nobody outside is answered; the only new mail tells the other moderator it is decided.
    assert [str(m["To"]) for m in desk.sent()[before:]] == [MOD2]
    assert "kastad av" in str(desk.sent()[-1]["Subject"])
    with desk.s() as s:
        (row,) = s.exec(select(Decision)).all()
    assert (row.action, row.accepted) == ("discard", True)
    # The other moderator's review mail no longer decides; they are told it is decided.
    desk.deliver(reply(desk.one(MOD2, "[VSN-granskning"), MOD2, "GODKÄNN"))
    assert "redan avgjord" in body(desk.one(MOD2, "Inte utfört"))
    assert not desk.sent(REPORTER, "publiceras inte")


def test_kasta_in_prose_is_unclear_not_a_discard(desk: Desk) -> None:
    desk.deliver(report(text=CLEAN_TEXT))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "Kasta en blick på bilden"))
    assert desk.report().status == "held"


@pytest.mark.parametrize("value", ["YES", "Yes, score=12.3 required=5.0"])
def test_spam_verdict_of_the_relay_is_recorded_not_reviewed_not_answered(
        tmp_path: Path, value: str) -> None:
    desk = Desk(tmp_path, intake={"spam_header": "X-Spam-Status", "spam_value": "yes"})
    spam = report(text=CLEAN_TEXT)
    spam["X-Spam-Status"] = value
    assert desk.deliver(spam) == "spam"
    assert desk.sent() == []


def test_default_spam_flag(desk: Desk) -> None:
    spam = report(text=CLEAN_TEXT)
    spam["X-Spam-Flag"] = "YES"
    assert desk.deliver(spam) == "spam" and desk.sent() == []
    ham = report(text=CLEAN_TEXT, subject="GUL: tabletter")
    ham["X-Spam-Flag"] = "NO"
    assert desk.deliver(ham) == "report"


def test_blocked_senders_and_domains_are_recorded_only(desk: Desk) -> None:
    with session(desk.engine) as s:
        assert blocks.add(s, "spam.example.org")
        assert blocks.add(s, "<Troll@Example.net>")
        assert not blocks.add(s, "@SPAM.example.org.")   # the same entry
    for sender in ("a@spam.example.org", "b@mx.spam.example.org", "troll@example.net"):
        assert desk.deliver(report(text=CLEAN_TEXT, sender=sender)) == "blocked"
    assert desk.sent() == []
    assert desk.deliver(report(text=CLEAN_TEXT, sender="ok@example.net")) == "report"
    assert desk.deliver(report(text=CLEAN_TEXT, sender="a@notspam.example.org")) == "report"


def test_vsn_block_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\nurl = "sqlite:///{tmp_path / "vsn.sqlite3"}"\n')
    assert main(["--config", str(config), "block", "add", "Spam.Example.org", "--note",
                 "flood 3 dec"]) == 0
    assert main(["--config", str(config), "block", "add", "not an address"]) == 2
    assert main(["--config", str(config), "block", "list"]) == 0
    assert "spam.example.org" in capsys.readouterr().out
    assert main(["--config", str(config), "block", "remove", "spam.example.org"]) == 0
    assert main(["--config", str(config), "block", "remove", "spam.example.org"]) == 1
    capsys.readouterr()
    main(["--config", str(config), "block", "list"])
    assert capsys.readouterr().out == ""


def test_a_flood_from_strangers_becomes_one_list(tmp_path: Path) -> None:
    desk = Desk(tmp_path, intake={"stranger_reports_per_hour": 3})
    with session(desk.engine) as s:
        s.add(Member(email=MEMBER, organisation="Org", region="Region"))
    strangers = [f"avsandare{n}@example{n}.org" for n in range(6)]
    for n, sender in enumerate(strangers):
        desk.deliver(report(subject=f"RÖD: iakttagelse {n}", text=CLEAN_TEXT, sender=sender))
    assert len(desk.sent(MOD1, "[VSN-granskning")) == 3       # the first three, one each
    assert [len(desk.sent(s)) for s in strangers] == [1, 1, 1, 0, 0, 0]   # acks: none after
    desk.deliver(report(subject="RÖD: medlem", text=CLEAN_TEXT, sender=MEMBER))
    assert desk.one(MOD1, "RÖD: medlem")                      # members always at once
    # Red escalation leaves batched reports to the list: four reports escalated (two
    # moderators and the admin each), not seven.
    assert escalate_red(desk.engine, desk.ctx, utcnow() + timedelta(minutes=16)) == 4 * 3
    assert send_batched(desk.engine, desk.ctx) == 2            # one list per moderator
    assert send_batched(desk.engine, desk.ctx) == 0            # and only once
    (listing,) = desk.sent(MOD1, "samlad lista")
    text = body(listing)
    assert all(f"iakttagelse {n}" in text for n in (3, 4, 5))
    assert "iakttagelse 2" not in text and strangers[3] in text
    # KASTA to one entry's own reply address: discarded, nobody told.
    address = text.split("Svarsadress: ")[1].split()[0]
    before = len(desk.sent())
    msg = report(subject="KASTA", text="KASTA", sender=MOD1)
    msg.replace_header("To", address)
    desk.deliver(msg)
    # Nobody outside is answered; the other moderator is told it is decided.
    assert [str(m["To"]) for m in desk.sent()[before:]] == [MOD2]
    with desk.s() as s:
        assert [d.action for d in s.exec(select(Decision))] == ["discard"]
    # The retention purge deletes the discarded report, its batch row with it.
    counts = purge(desk.engine, desk.ctx.settings.retention, now=utcnow() + timedelta(days=8))
    assert counts.reports_deleted == 1
