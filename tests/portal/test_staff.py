"""The moderators' queue shows who has a held report open, so two moderators do not do the
same work: one asks for the review mail in the portal (it arrives, with a token that
decides), or acts on the report by mail without deciding; the others see it until the
mark runs out or the report is decided. Members and admins who are no moderators cannot
ask. The real flow, store and templates; the service's job run as its wiring runs it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from portalkit import add_member, csrf_of, log_in, mails_to
from sqlalchemy import update
from sqlmodel import col, select
from starlette.testclient import TestClient

from mailgate.hold.requested import requested_job
from portal.app import create_app
from portal.site import Site
from store.db import session
from store.models import Report
from store.portal import ReviewOpen
from store.types import utcnow

from moderate.kit import ADMIN, MODERATORS, Desk, body, reply, report

MOD1, MOD2 = MODERATORS
MEMBER = "medlem@kommun.example.se"
OPEN = re.compile(r'<td class="open">(.*?)</td>', re.S)


@pytest.fixture
def desk(tmp_path: Path, store_url: str) -> Iterator[Desk]:
    desk = Desk(tmp_path, store_url=store_url)
    yield desk
    desk.engine.dispose()


@pytest.fixture
def site(desk: Desk) -> Site:
    ctx = desk.ctx

    def review_requested() -> None:   # what `vsn serve` wires in: the job, run at once
        requested_job(desk.engine, ctx)

    return Site(engine=desk.engine, settings=ctx.settings.portal, identity=ctx.identity,
                bounce_address=ctx.bounce_address, moderators=frozenset(MODERATORS),
                admins=frozenset({ADMIN}), review_requested=review_requested)


def browser(site: Site, address: str) -> TestClient:
    client = TestClient(create_app(site), base_url="http://127.0.0.1:8080")
    log_in(client, site.engine, address)
    return client


def held(desk: Desk) -> str:
    desk.deliver(report())
    return desk.report().reference


def ask_for_review(client: TestClient, reference: str) -> int:
    page = client.get("/granskning")
    return client.post(f"/granskning/{reference}/skicka",
                       data={"csrf": csrf_of(page.text)}, follow_redirects=False).status_code


def open_cells(client: TestClient) -> list[str]:
    return [" ".join(c.split()) for c in OPEN.findall(client.get("/granskning").text)]


def test_a_second_moderator_sees_who_has_it_open(desk: Desk, site: Site) -> None:
    add_member(desk.engine, MOD1, name="Maja Moderator")
    reference = held(desk)
    first, second = browser(site, MOD1), browser(site, MOD2)
    assert open_cells(second) == ["Ingen"]
    assert ask_for_review(first, reference) == 303
    (cell,) = open_cells(second)
    assert re.fullmatch(r"Öppen hos: Maja Moderator sedan \d\d:\d\d", cell), cell
    assert open_cells(first) == [cell.replace("Maja Moderator", "du")]


def test_the_review_mail_arrives_and_its_token_decides(desk: Desk, site: Site) -> None:
    reference = held(desk)
    before = {m: len(desk.sent(m, f"[VSN-granskning {reference}]")) for m in MODERATORS}
    assert ask_for_review(browser(site, MOD1), reference) == 303
    mails = desk.sent(MOD1, f"[VSN-granskning {reference}]")
    assert len(mails) == before[MOD1] + 1     # to the one who asked, not to the others
    assert len(desk.sent(MOD2, f"[VSN-granskning {reference}]")) == before[MOD2]
    review = mails[-1]
    assert "Du bad om det här granskningsmejlet i portalen" in body(review)
    assert str(review["Reply-To"]).startswith("vsn+review-")
    # A fresh token of its own, bound to this moderator, that decides like any review's.
    assert review["Reply-To"] not in {m["Reply-To"] for m in mails[:-1]}
    desk.deliver(reply(review, MOD1, "GODKÄNN"))
    assert desk.report(reference).status == "published"
    assert open_cells(browser(site, MOD2)) == []   # decided: gone from the queue
    requested_job(desk.engine, desk.ctx)
    with session(desk.engine) as s:                # and its open mark cleared
        assert not s.exec(select(ReviewOpen)).all()


def test_a_question_by_mail_counts_as_open(desk: Desk, site: Site) -> None:
    reference = held(desk)
    review = desk.one(MOD2, f"[VSN-granskning {reference}]")
    desk.deliver(reply(review, MOD2, "FRÅGA: Vilken stadsdel gäller det?"))
    cells = open_cells(browser(site, MOD1))
    assert len(cells) == 1 and cells[0].startswith(f"Öppen hos: {MOD2} sedan ")


def test_the_mark_runs_out(desk: Desk, site: Site) -> None:
    reference = held(desk)
    first = browser(site, MOD1)
    assert ask_for_review(first, reference) == 303
    minutes = site.settings.open_minutes
    with session(desk.engine) as s:
        s.execute(update(ReviewOpen).values(opened_at=utcnow() - timedelta(minutes=minutes + 1)))
    assert open_cells(browser(site, MOD2)) == ["Ingen"]


def test_members_and_admins_who_are_no_moderators_cannot_ask(desk: Desk, site: Site) -> None:
    reference = held(desk)
    reviews = len(mails_to(desk.engine, MOD1))
    add_member(desk.engine, MEMBER)
    member = browser(site, MEMBER)
    token = csrf_of(member.get("/handelser").text)
    answer = member.post(f"/granskning/{reference}/skicka", data={"csrf": token})
    assert answer.status_code == 403
    assert ask_for_review(browser(site, ADMIN), reference) == 403
    with session(desk.engine) as s:
        assert not s.exec(select(ReviewOpen)).all()
        assert s.exec(select(Report).where(col(Report.reference) == reference)).one().status \
            == "held"
    assert len(mails_to(desk.engine, MOD1)) == reviews
    assert open_cells(browser(site, MOD2)) == ["Ingen"]


def test_asking_needs_the_form_token(desk: Desk, site: Site) -> None:
    reference = held(desk)
    answer = browser(site, MOD1).post(f"/granskning/{reference}/skicka",
                                      data={"csrf": "forged"})
    assert answer.status_code == 403
    with session(desk.engine) as s:
        assert not s.exec(select(ReviewOpen)).all()
