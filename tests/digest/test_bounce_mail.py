"""Bounces that come back as mail (DSNs to vsn-bounces+<verp>@): scored per member,
hard more than soft, suspension and a word to the admins over the threshold."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from sqlmodel import select

from store.db import session
from store.models import Bounce, Member

from members.kit import ADMIN, DOMAIN, Kit, parsed, text_of

DSN = """From: MAILER-DAEMON@mx.kommun0.example.se
To: {to}
Subject: Undelivered Mail Returned to Sender
Message-ID: <dsn-{n}@mx.kommun0.example.se>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kommun0.example.se

Final-Recipient: rfc822; {rcpt}
Action: {action}
Status: {status}

--B
Content-Type: text/rfc822-headers

From: VSN <vsn@vsn.example.se>
Subject: [VSN RÖD] Varning

--B--
"""


def _dsn(to: str, rcpt: str, n: int, *, hard: bool = True) -> EmailMessage:
    action, status = ("failed", "5.1.1") if hard else ("delayed", "4.2.2")
    raw = DSN.format(to=to, rcpt=rcpt, n=n, action=action, status=status)
    msg = message_from_bytes(raw.replace("\n", "\r\n").encode(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _member(kit: Kit) -> Member:
    with session(kit.engine) as s:
        return s.exec(select(Member).order_by(Member.id)).first()  # type: ignore[arg-type]


def test_dsns_score_the_member_and_suspend_over_the_threshold(tmp_path: Path) -> None:
    kit = Kit(tmp_path, members={"bounce_threshold": 1.2})
    kit.members(2)
    member = _member(kit)
    verp = f"vsn-bounces+{member.verp}@{DOMAIN}"
    assert kit.deliver(_dsn(verp, member.email, 1, hard=False), mail_from="") == "bounce"
    assert _member(kit).bounce_score == 0.25 and _member(kit).status == "active"
    kit.deliver(_dsn(verp, member.email, 2), mail_from="")
    after = _member(kit)
    assert after.bounce_score == 1.25 and after.status == "suspended"
    (told,) = kit.outbox(rcpt=ADMIN)
    assert member.email in text_of(parsed(told))
    with session(kit.engine) as s:
        assert [b.hard for b in s.exec(select(Bounce).order_by(Bounce.id))] == [False, True]


def test_bounces_for_no_member_change_nothing(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(1)
    kit.deliver(_dsn(f"vsn-bounces+ffffffffffffffff@{DOMAIN}", "someone@else.example.se", 3),
                mail_from="")
    kit.deliver(_dsn(f"vsn-bounces@{DOMAIN}", "reporter@kommun.example.se", 4), mail_from="")
    with session(kit.engine) as s:
        assert not s.exec(select(Bounce)).all()
    assert not kit.outbox()
