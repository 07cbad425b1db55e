"""RÄTTELSE and ÅTERKALLA by reply to the "Publicerad" mail: members who got the original
notice get an update that refers to it; nothing with personal data is published."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col, select

from store.db import session
from store.models import Event, EventUpdate, Member, Outbox, Token
from store.status import TokenPurpose

from moderate.kit import MODERATORS, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBERS = ("anna@kommun-a.example.se", "bo@region-b.example.se")
LATE = "cia@polis.example.se"


def review(desk: Desk) -> EmailMessage:
    return desk.sent(MOD1, "[VSN-granskning")[0]


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add_all(Member(email=m) for m in MEMBERS)
    return d


def published(desk: Desk) -> EmailMessage:
    desk.deliver(report())
    desk.deliver(reply(review(desk), MOD1, "GODKÄNN"))
    with session(desk.engine) as s:  # joins after the notice went out: gets no update
        s.add(Member(email=LATE))
    return desk.one(MOD1, "Publicerad")


def test_correction_reaches_those_who_got_the_original(desk: Desk) -> None:
    confirmation = published(desk)
    desk.deliver(reply(confirmation, MOD1, "RÄTTELSE: Tabletterna var gula, inte blå."))

    for member in MEMBERS:
        original = desk.one(member, "[VSN RÖD]")
        update = desk.one(member, "RÄTTELSE]")
        assert "Tabletterna var gula, inte blå." in body(update)
        assert "2026-" in body(update) and "innehöll ett fel" in body(update)
        assert update["In-Reply-To"] == original["Message-ID"]
    assert not desk.sent(LATE)
    with session(desk.engine) as s:  # each member's own envelope sender, as for the original
        senders = {r.kind: r.mail_from for r in s.exec(select(Outbox).where(
            col(Outbox.rcpt) == MEMBERS[0], col(Outbox.kind).in_(["notice", "update"])))}
    assert senders["update"] == senders["notice"]
    assert senders["update"].startswith("vsn-bounces+")
    again = desk.one(MOD1, "Rättelse publicerad")
    assert str(again["Reply-To"]).startswith("vsn+event-")   # a further correction is possible


def test_retraction_marks_the_event_and_tells_members(desk: Desk) -> None:
    confirmation = published(desk)
    with session(desk.engine) as s:   # delivered: only those who got it are told
        s.execute(update(Outbox).where(col(Outbox.kind) == "notice").values(status="sent"))
    desk.deliver(reply(confirmation, MOD1, "ÅTERKALLA: Analysen visade koffein."))
    with desk.s() as s:
        event = s.exec(select(Event)).one()
        assert event.status == "retracted" and event.retracted_at is not None
    notice = desk.one(MEMBERS[1], "ÅTERKALLAD]")
    assert "återkallad" in body(notice) and "Analysen visade koffein." in body(notice)
    # The same mail cannot retract twice, nor correct what is withdrawn.
    desk.deliver(reply(confirmation, MOD1, "RÄTTELSE: ny text"))
    assert "redan återkallad" in body(desk.one(MOD1, "Inte utfört"))


def test_correction_with_personal_data_is_refused_until_kept(desk: Desk) -> None:
    confirmation = published(desk)
    text = f"RÄTTELSE: Ring {FICTIONAL_MOBILE} för mer information."
    desk.deliver(reply(confirmation, MOD1, text))
    refused = body(desk.one(MOD1, "Inte utfört"))
    assert "[1] TELEFON" in refused   # finding types in Swedish, as placeholders
    assert not desk.sent(MEMBERS[0], "RÄTTELSE")
    desk.deliver(reply(confirmation, MOD1, text + "\nBEHÅLL 1"))  # the agency's own number
    assert FICTIONAL_MOBILE in body(desk.one(MEMBERS[0], "RÄTTELSE]"))


def test_correction_needs_the_publishing_moderator_and_its_own_mail(desk: Desk) -> None:
    confirmation = published(desk)
    desk.deliver(reply(confirmation, MOD2, "RÄTTELSE: annan text"))
    desk.deliver(reply(review(desk), MOD1, "RÄTTELSE: annan text"))
    with desk.s() as s:
        assert not list(s.exec(select(EventUpdate)))
    assert "annan adress" in body(desk.sent(MOD2, "Inte utfört")[-1])
    # The review is decided; a correction there is answered as such.
    assert "redan avgjord" in body(desk.sent(MOD1, "Inte utfört")[-1])


def test_approve_in_reply_to_the_published_mail_is_not_a_correction(desk: Desk) -> None:
    confirmation = published(desk)
    desk.deliver(reply(confirmation, MOD1, "GODKÄNN"))
    assert "RÄTTELSE" in body(desk.one(MOD1, "Inte utfört"))
    with desk.s() as s:
        assert not list(s.exec(select(EventUpdate)))


def test_correction_window_follows_the_setting(tmp_path: Path) -> None:
    desk = Desk(tmp_path, correction_days=3)
    with session(desk.engine) as s:
        s.add_all(Member(email=m) for m in MEMBERS)
    confirmation = published(desk)
    assert "inom 3 dagar" in body(confirmation)
    with session(desk.engine) as s:
        token = s.exec(select(Token).where(col(Token.purpose) == TokenPurpose.EVENT)).one()
    assert token.expires_at is not None
    assert timedelta(days=2, hours=23) < token.expires_at - token.created_at <= timedelta(days=3)
