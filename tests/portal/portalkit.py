"""Shared by the portal's HTTP and browser tests: a store with members and events, the
Site the portal runs on, and logging in with the link from the outbox."""

from __future__ import annotations

import email
import re
from datetime import timedelta
from email import policy
from email.message import EmailMessage

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from starlette.testclient import TestClient

from digest.compose.message import Identity
from portal.settings import DEFAULTS, PortalSettings
from portal.site import Site
from store.db import session
from store.models import Event, InboundMail, Member, Outbox, Report
from store.queries import next_reference, outbox_bytes
from store.status import MemberStatus
from store.types import utcnow

DOMAIN = "vsn.example.se"
MODERATOR = "mod1@fhm.example.se"
ADMIN = "admin@fhm.example.se"
IDENTITY = Identity(domain=DOMAIN, address=f"vsn@{DOMAIN}",
                    display_name="VSN Varningssystem Narkotika", requests=f"vsn-request@{DOMAIN}")
LINK = re.compile(r"(?:https?://[^/\s]+)?(/logga-in/[a-z0-9]+)(?:\?nasta=\S+)?")


def make_site(engine: Engine, settings: PortalSettings = DEFAULTS) -> Site:
    return Site(engine=engine, settings=settings, identity=IDENTITY,
                bounce_address=f"vsn-bounces@{DOMAIN}", moderators=frozenset({MODERATOR}),
                admins=frozenset({ADMIN}))


def add_member(engine: Engine, address: str, *, status: str = MemberStatus.ACTIVE,
               name: str = "Testa Testsson") -> int:
    with session(engine) as s:
        member = Member(email=address, name=name, organisation="Testkommunen",
                        region="Region Testlän", status=status)
        s.add(member)
        s.flush()
        assert member.id is not None
        return member.id


def new_inbound(s: Session) -> int:
    """A stand-in inbound row: reports must each point at one of their own."""
    row = InboundMail(raw=b"x", sha256="0" * 64, mail_from="r@example.se")
    s.add(row)
    s.flush()
    assert row.id is not None
    return row.id


def add_event(engine: Engine, title: str, text: str, *, urgency: str = "yellow",
              region: str = "Region Stockholm", verified: bool = False,
              status: str = "published", days_ago: float = 0) -> str:
    with session(engine) as s:
        reference = next_reference(s, utcnow().year)
        report = Report(reference=reference, inbound_id=new_inbound(s),
                        sender="reporter@kommun.example.se", urgency=urgency, text=text,
                        masked_text=text, title=title, status="published")
        s.add(report)
        s.flush()
        s.add(Event(report_id=report.id or 0, reference=reference, title=title, text=text,
                    urgency=urgency, region=region, verified=verified, status=status,
                    published_at=utcnow() - timedelta(days=days_ago)))
        return reference


def mails_to(engine: Engine, address: str, kind: str | None = None) -> list[EmailMessage]:
    with Session(engine) as s:
        stmt = select(Outbox).where(col(Outbox.rcpt) == address.lower())
        if kind is not None:
            stmt = stmt.where(col(Outbox.kind) == kind)
        rows = list(s.exec(stmt.order_by(col(Outbox.id))))
        found = []
        for row in rows:
            msg = email.message_from_bytes(outbox_bytes(s, row), policy=policy.default)
            assert isinstance(msg, EmailMessage)
            found.append(msg)
        return found


def text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def link_in(msg: EmailMessage) -> str:
    found = LINK.search(text_of(msg))
    assert found is not None, text_of(msg)
    return found.group(1)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None, html[:2000]
    return found.group(1)


def request_link(client: TestClient, address: str) -> int:
    page = client.get("/logga-in")
    return client.post("/logga-in", data={"email": address, "csrf": csrf_of(page.text),
                                          "nasta": "/handelser"}).status_code


def log_in(client: TestClient, engine: Engine, address: str) -> None:
    assert request_link(client, address) == 200
    link = link_in(mails_to(engine, address, "login")[-1])
    page = client.get(link)
    done = client.post(link, data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert done.status_code == 303, done.text
    client.get(done.headers["location"])
