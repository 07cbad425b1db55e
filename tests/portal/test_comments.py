"""A comment written in the portal takes the moderation path of a comment by mail: the
worker turns it into a held report on the event, reviewed by the moderators."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from portalkit import add_event, add_member, csrf_of, log_in, mails_to
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from starlette.testclient import TestClient

from mailgate.config.settings import from_mapping
from mailgate.context import Context
from mailgate.flow import process
from portal.app import create_app
from portal.site import Site
from store.db import session
from store.models import InboundMail, Report
from store.queries import claim_inbound

MEMBER = "cecilia.ceder@region.example.se"


def work(engine: Engine) -> None:
    """What a worker of vsn serve does with the rows waiting in inbound_mail."""
    ctx = Context(from_mapping({}, source="test", base_dir=Path.cwd()))
    with session(engine) as s:
        ids = claim_inbound(s, "test-worker", 10, timedelta(minutes=5))
    for row_id in ids:
        process(engine, ctx, row_id)


def post(client: TestClient, ref: str, text: str) -> str:
    page = client.get(f"/handelser/{ref}")
    answer = client.post(f"/handelser/{ref}/kommentera",
                         data={"csrf": csrf_of(page.text), "text": text})
    assert answer.status_code == 200
    return answer.text


def test_a_portal_comment_is_held_for_review_like_a_mailed_one(client: TestClient,
                                                             engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "Blå tabletter", "Text")
    log_in(client, engine, MEMBER)
    page = post(client, ref, "Vi har sett samma tabletter i Lund.")
    assert "väntar på granskning" in page
    with Session(engine) as s:
        row = s.exec(select(InboundMail).where(col(InboundMail.source) == "portal")).one()
        assert row.status == "received"
    work(engine)
    with Session(engine) as s:
        report = s.exec(select(Report).where(col(Report.sender) == MEMBER)).one()
        assert report.status == "held" and report.event_id is not None
        assert report.text == "Vi har sett samma tabletter i Lund."
    assert mails_to(engine, "moderator@vsn.example.se")   # the review mail
    again = client.get(f"/handelser/{ref}").text
    assert "1 kommentar från dig väntar på granskning" in again
    assert "Vi har sett samma tabletter i Lund." not in again   # not published yet


def test_an_overlong_comment_is_refused_and_kept_for_editing(client: TestClient,
                                                             engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "Blå tabletter", "Text")
    log_in(client, engine, MEMBER)
    page = client.get(f"/handelser/{ref}")
    answer = client.post(f"/handelser/{ref}/kommentera",
                         data={"csrf": csrf_of(page.text), "text": "x" * 6000})
    assert answer.status_code == 400 and "högst 5000 tecken" in answer.text
    assert "x" * 6000 in answer.text   # kept for the member to shorten


def test_waiting_comments_show_only_to_their_writer_on_their_event(
        client: TestClient, engine: Engine, site: Site) -> None:
    """The counts read with the event are the member's own and the event's own, and the
    cached body every member shares carries neither."""
    other = "cilla.carlsson@kommun.example.se"
    add_member(engine, MEMBER)
    add_member(engine, other)
    first = add_event(engine, "Blå tabletter", "Text")
    second = add_event(engine, "Vita kapslar", "Text")
    log_in(client, engine, MEMBER)
    assert "väntar på granskning" in post(client, first, "Samma i Malmö.")   # queued
    assert "väntar på granskning" not in client.get(f"/handelser/{second}").text
    work(engine)   # now held for review
    assert "1 kommentar från dig väntar på granskning" in client.get(f"/handelser/{first}").text
    with TestClient(create_app(site), base_url="http://127.0.0.1:8080") as theirs:
        log_in(theirs, engine, other)
        page = theirs.get(f"/handelser/{first}").text
        assert "Blå tabletter" in page and "väntar på granskning" not in page
