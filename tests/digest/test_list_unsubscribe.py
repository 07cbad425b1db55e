"""Every mailing to members carries the member's own https one-click unsubscribe (RFC 8058):
first notices, comment notices, update notices (corrections), the weekly digest and the
paused notice. Read from the Maildir the outbox is delivered to, then used."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import select
from starlette.testclient import TestClient

from digest.deliver.transports import MaildirTransport
from digest.notices.comments import notify_comment
from digest.notices.first import notify
from digest.weekly.run import run_week
from digest.weekly.week import Week
from mailgate.members.reactivate import paused_notices
from mailgate.publish.revise import Revision, revise
from mailgate.service.workers import Workers
from portal.app import create_app
from portal.site import Site
from store.db import session
from store.models import Bounce, Event, EventComment, Member, Report
from store.status import UpdateKind

from members.kit import ADMIN, MODERATORS, Kit, days_ago

PORTAL = "https://vsn.example.se"
ZONE = "Europe/Stockholm"
# What each mailing's subject starts with, to tell them apart in the Maildir.
MAILINGS = {"notice": "[VSN RÖD] Fentanyl", "comment": "[VSN RÖD] Kommentar",
            "update": "[VSN RÖD RÄTTELSE]", "digest": "VSN veckosammanfattning",
            "paused": "VSN: dina varningar är pausade"}


def _setup(tmp_path: Path) -> tuple[Kit, Path]:
    kit = Kit(tmp_path, portal={"base_url": PORTAL})
    kit.members(3)
    event_id = kit.event("red", "Fentanyl i falska tabletter")
    ctx, mailing = kit.ctx, kit.mailing
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        notify(s, ctx.identity, ctx.bounce_address, event, policy=ctx.settings.tiers)
        report = s.exec(select(Report)).first()
        assert report is not None and report.id is not None
        comment = EventComment(event_id=event_id, report_id=report.id, text="Sett här också.")
        s.add(comment)
        s.flush()
        notify_comment(s, mailing, event, comment, writer="annan@kommun.example.se",
                       org_type="kommun", policy=ctx.settings.tiers)
        revise(s, ctx, event, Revision(UpdateKind.CORRECTION, note="Märkningen är M 30."),
               MODERATORS[0])
    run_week(kit.engine, mailing, Week.of(datetime.now(ZoneInfo(ZONE)).date()), ZONE)
    with session(kit.engine) as s:
        member = s.exec(select(Member)).first()
        assert member is not None and member.id is not None
        member.status = "suspended"
        s.add_all([member, Bounce(member_id=member.id, at=days_ago(1), hard=True)])
    with session(kit.engine) as s:
        assert paused_notices(s, ctx) == 1
    folder = tmp_path / "delivered"
    Workers(kit.engine, ctx, MaildirTransport(folder)).run_until_idle()
    return kit, folder


def _delivered(folder: Path) -> list[EmailMessage]:
    found = []
    for item in sorted((folder / "new").iterdir()):
        msg = email.message_from_bytes(item.read_bytes(), policy=policy.default)
        assert isinstance(msg, EmailMessage)
        found.append(msg)
    return found


def _mailing(msg: EmailMessage) -> str:
    subject = str(msg["Subject"])
    return next((name for name, start in MAILINGS.items() if subject.startswith(start)), "")


def test_every_member_mailing_carries_https_one_click(tmp_path: Path) -> None:
    _, folder = _setup(tmp_path)
    staff = {*MODERATORS, ADMIN}
    to_members = [m for m in _delivered(folder) if str(m["Delivered-To"]) not in staff]
    assert {_mailing(m) for m in to_members} == set(MAILINGS)
    for msg in to_members:
        header = str(msg["List-Unsubscribe"])
        url, mailto = (part.strip(" <>") for part in header.split(","))
        assert url.startswith(f"{PORTAL}/avregistrera/"), (_mailing(msg), header)
        token = url.rsplit("/", 1)[1]
        # The same token in the mail form: a client without https support can still leave.
        assert mailto.startswith(f"mailto:vsn+unsubscribe-{token}@"), header
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click", _mailing(msg)


def test_one_click_from_an_update_notice_leaves(tmp_path: Path) -> None:
    kit, folder = _setup(tmp_path)
    update = next(m for m in _delivered(folder) if _mailing(m) == "update"
                  and not str(m["Delivered-To"]).startswith("medlem0@"))
    member = str(update["Delivered-To"])
    url = str(update["List-Unsubscribe"]).split(">")[0].strip(" <")
    site = Site(engine=kit.engine, settings=kit.ctx.settings.portal,
                identity=kit.ctx.identity, bounce_address=kit.ctx.bounce_address,
                moderators=frozenset(MODERATORS), admins=frozenset({ADMIN}))
    with TestClient(create_app(site), base_url=PORTAL) as client:
        answer = client.post(url.removeprefix(PORTAL), data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200, (url, answer.text)
    with session(kit.engine) as s:
        left = {m.email for m in s.exec(select(Member)) if m.status == "left"}
    assert left == {member}
