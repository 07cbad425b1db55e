"""Logging in by mailed link: one use, 15 minutes, the same answer for anyone, sessions
that end on logout, on time, and when the member is suspended or leaves."""

from __future__ import annotations

from datetime import timedelta

import pytest
from portalkit import (
    MODERATOR,
    add_event,
    add_member,
    csrf_of,
    link_in,
    log_in,
    mails_to,
    request_link,
)
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from starlette.testclient import TestClient

from mailgate import privacy as redact
from store.db import session
from store.models import Member, Token
from store.portal import PortalAudit, PortalSession
from store.status import MemberStatus
from store.types import utcnow

MEMBER = "anna.andersson@kommun.example.se"


def test_a_member_logs_in_with_the_mailed_link(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    page = client.get("/handelser")
    assert page.status_code == 200 and "Logga ut" in page.text
    (mail,) = mails_to(engine, MEMBER, "login")
    assert mail["Subject"] == "VSN: din inloggningslänk"
    assert "15 minuter" in mail.get_body().get_content()  # type: ignore[union-attr]


def test_pages_need_a_login(client: TestClient) -> None:
    for path in ("/handelser", "/sok", "/installningar", "/granskning"):
        answer = client.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/logga-in?nasta=")


def test_the_answer_is_the_same_for_members_and_strangers(client: TestClient,
                                                          engine: Engine) -> None:
    add_member(engine, MEMBER)
    pages = []
    for address in (MEMBER, "stranger@example.se"):
        form = client.get("/logga-in")
        pages.append(client.post("/logga-in", data={"email": address,
                                                    "csrf": csrf_of(form.text)}))
    assert [p.status_code for p in pages] == [200, 200]
    assert pages[0].text == pages[1].text
    assert len(mails_to(engine, MEMBER, "login")) == 1
    assert mails_to(engine, "stranger@example.se") == []


def test_a_link_works_once(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    request_link(client, MEMBER)
    link = link_in(mails_to(engine, MEMBER, "login")[-1])
    csrf = csrf_of(client.get(link).text)
    first = client.post(link, data={"csrf": csrf}, follow_redirects=False)
    assert first.status_code == 303
    client.cookies.clear()
    csrf = csrf_of(client.get(link).text)
    again = client.post(link, data={"csrf": csrf}, follow_redirects=False)
    assert again.status_code == 400 and "redan använts" in again.text


def test_a_link_expires_after_15_minutes(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    request_link(client, MEMBER)
    link = link_in(mails_to(engine, MEMBER, "login")[-1])
    with Session(engine) as s:
        token = s.exec(select(Token).where(col(Token.purpose) == "login")).one()
        assert token.expires_at is not None
        assert timedelta(minutes=14) < token.expires_at - token.created_at \
            <= timedelta(minutes=15)
    with session(engine) as s:
        s.execute(update(Token).values(expires_at=utcnow() - timedelta(seconds=1)))
    csrf = csrf_of(client.get(link).text)
    late = client.post(link, data={"csrf": csrf}, follow_redirects=False)
    assert late.status_code == 400


def test_only_the_hash_of_a_link_is_stored(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    request_link(client, MEMBER)
    token = link_in(mails_to(engine, MEMBER, "login")[-1]).rsplit("/", 1)[1]
    with Session(engine) as s:
        row = s.exec(select(Token).where(col(Token.purpose) == "login")).one()
        assert token not in row.digest and len(row.digest) == 64


def test_suspended_and_left_members_get_no_link(client: TestClient, engine: Engine) -> None:
    add_member(engine, "s@kommun.example.se", status=MemberStatus.SUSPENDED)
    add_member(engine, "l@kommun.example.se", status=MemberStatus.LEFT)
    for address in ("s@kommun.example.se", "l@kommun.example.se"):
        assert request_link(client, address) == 200
        assert mails_to(engine, address) == []


def test_a_suspended_members_session_ends(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    assert client.get("/handelser", follow_redirects=False).status_code == 200
    with session(engine) as s:
        s.execute(update(Member).values(status=MemberStatus.SUSPENDED))
    assert client.get("/handelser", follow_redirects=False).status_code == 303
    with session(engine) as s:   # active again: the old session stays ended
        s.execute(update(Member).values(status=MemberStatus.ACTIVE))
    assert client.get("/handelser", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("page", ["/handelser", "/handelser/{reference}", "/sok?q=fentanyl"])
def test_every_reading_page_ends_a_suspended_members_session(client: TestClient,
                                                             engine: Engine,
                                                             page: str) -> None:
    """The reading pages read their own rows in the session's statement: they show nothing
    to a session that has ended, and end it as every page does."""
    add_member(engine, MEMBER)
    reference = add_event(engine, "Fentanyl i tabletter", "Blå tabletter med fentanyl.")
    log_in(client, engine, MEMBER)
    url = page.format(reference=reference)
    assert "Fentanyl" in client.get(url, follow_redirects=False).text
    with session(engine) as s:
        s.execute(update(Member).values(status=MemberStatus.SUSPENDED))
    answer = client.get(url, follow_redirects=False)
    assert answer.status_code == 303 and "Fentanyl" not in answer.text
    with session(engine) as s:
        assert s.exec(select(PortalSession)).one().ended_at is not None


def test_sessions_end_when_idle_or_old(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    with session(engine) as s:
        s.execute(update(PortalSession).values(seen_at=utcnow() - timedelta(hours=12, minutes=1)))
    assert client.get("/handelser", follow_redirects=False).status_code == 303
    log_in(client, engine, MEMBER)
    with session(engine) as s:
        s.execute(update(PortalSession).where(col(PortalSession.ended_at).is_(None)).values(
            created_at=utcnow() - timedelta(days=7, minutes=1), seen_at=utcnow()))
    assert client.get("/handelser", follow_redirects=False).status_code == 303


def test_reading_writes_the_session_only_to_extend_it(client: TestClient,
                                                     engine: Engine) -> None:
    """A page view is not a write: seen_at moves only when it is a step old, and then
    the idle expiry runs from now."""
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    earlier = utcnow() - timedelta(minutes=3)
    with session(engine) as s:
        s.execute(update(PortalSession).values(seen_at=earlier))
    client.get("/handelser")
    with session(engine) as s:
        assert s.exec(select(PortalSession)).one().seen_at == earlier
        s.execute(update(PortalSession).values(seen_at=utcnow() - timedelta(hours=11)))
    client.get("/handelser")
    with session(engine) as s:
        assert utcnow() - s.exec(select(PortalSession)).one().seen_at < timedelta(minutes=1)


def test_logout_ends_the_session(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    cookie = client.cookies.get("vsn_session")
    page = client.get("/handelser")
    client.post("/logga-ut", data={"csrf": csrf_of(page.text)})
    client.cookies.set("vsn_session", cookie or "")   # an old copy of the cookie is no use
    assert client.get("/handelser", follow_redirects=False).status_code == 303


def test_moderators_log_in_without_a_membership(client: TestClient, engine: Engine) -> None:
    log_in(client, engine, MODERATOR)
    page = client.get("/granskning")
    assert page.status_code == 200 and "Väntar på granskning" in page.text


def test_every_login_leaves_an_audit_row(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    request_link(client, "stranger@example.se")
    with Session(engine) as s:
        rows = [(a.action, a.actor, a.outcome) for a in s.exec(select(PortalAudit))]
    # References, as in every audit row: the same ones mailgate writes and `vsn` resolves.
    assert ("request", redact.ref(MEMBER), "sent") in rows
    assert ("login", redact.ref(MEMBER), "ok") in rows
    assert ("request", redact.ref("stranger@example.se"), "refused") in rows
