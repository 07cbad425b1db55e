"""Rendered parts are reused, never after what they show changed: a corrected event never
shows its old text, in the event page or in search, whichever way the text changed."""

from __future__ import annotations

import re
from pathlib import Path

from portalkit import ADMIN, add_event, add_member, csrf_of, log_in, make_site, new_inbound
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import col, select
from starlette.testclient import TestClient

from mailgate.publish.revise import Revision, revise
from portal.app import create_app
from portal.site import Site
from store.db import session
from store.models import Event, EventComment, Report
from store.status import UpdateKind

from moderate.kit import MODERATORS, Desk, reply, report

MEMBER = "bo.berg@kommun.example.se"
OLD_WORD, NEW_WORD = "Xylofonfabriken", "Zebrapassagen"
MOD1 = MODERATORS[0]


def hits(client: TestClient, word: str) -> list[str]:
    return re.findall(r'<h2><a href="/handelser/([^"]+)">', client.get(f"/sok?q={word}").text)


def test_a_correction_by_mail_replaces_the_text_members_read_at_once(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    add_member(desk.engine, MEMBER)
    desk.deliver(report(text=f"Blå tabletter märkta M30 såldes vid {OLD_WORD}."))
    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[0], MOD1, "GODKÄNN"))
    confirmation = desk.one(MOD1, "Publicerad")
    with desk.s() as s:
        reference = s.exec(select(Event)).one().reference
    with TestClient(create_app(make_site(desk.engine)),
                    base_url="http://127.0.0.1:8080") as client:
        log_in(client, desk.engine, MEMBER)
        for _ in range(2):   # the second from the cache
            assert OLD_WORD in client.get(f"/handelser/{reference}").text
            assert hits(client, OLD_WORD) == [reference]

        desk.deliver(reply(confirmation, MOD1, "RÄTTELSE\n--- TEXT ---\nBlå tabletter "
                           f"märkta M30 såldes vid {NEW_WORD}.\n--- SLUT ---"))
        page = client.get(f"/handelser/{reference}").text
        assert NEW_WORD in page and OLD_WORD not in page
        assert hits(client, OLD_WORD) == [] and hits(client, NEW_WORD) == [reference]

        with session(desk.engine) as s:   # as `vsn events` does
            event = s.exec(select(Event)).one()
            revise(s, desk.ctx, event, Revision(UpdateKind.RETRACTION, "Koffein."), MOD1)
        assert client.get(f"/handelser/{reference}").status_code == 404
        assert hits(client, NEW_WORD) == []


def test_any_change_to_the_row_shows_even_without_a_timestamp(client: TestClient,
                                                              engine: Engine) -> None:
    """The event body's cache key is the whole row: an edit that forgets updated_at (a
    script, a repair by hand) still shows."""
    add_member(engine, MEMBER)
    reference = add_event(engine, "Vitt pulver", f"Sålt vid {OLD_WORD}.")
    log_in(client, engine, MEMBER)
    assert OLD_WORD in client.get(f"/handelser/{reference}").text
    with session(engine) as s:
        s.execute(update(Event).where(col(Event.reference) == reference)
                  .values(text=f"Sålt vid {NEW_WORD}.", urgency="red"))
    page = client.get(f"/handelser/{reference}").text
    assert NEW_WORD in page and OLD_WORD not in page and "Röd varning" in page


def test_a_new_or_removed_comment_shows_at_once(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    reference = add_event(engine, "Vitt pulver", "Text.")
    log_in(client, engine, MEMBER)
    assert "Inga kommentarer än." in client.get(f"/handelser/{reference}").text
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == reference)).one()
        for n, text in enumerate(("Första.", "Andra."), start=1):
            source = Report(reference=f"K-{n}", inbound_id=new_inbound(s), sender=MEMBER,
                            urgency="green", text=text, masked_text=text,
                            status="published", event_id=event.id)
            s.add(source)
            s.flush()
            s.add(EventComment(event_id=event.id or 0, report_id=source.id or 0, text=text))
    page = client.get(f"/handelser/{reference}").text
    assert "Kommentarer (2)" in page and "Första." in page and "Andra." in page
    with session(engine) as s:   # the older one removed: the newest id stays the same
        s.delete(s.exec(select(EventComment).where(col(EventComment.text) == "Första."))
                 .one())
    page = client.get(f"/handelser/{reference}").text
    assert "Kommentarer (1)" in page and "Första." not in page


def test_the_kept_layout_is_each_sessions_own(site: Site, engine: Engine) -> None:
    """The layout around lists and searches is kept per look: an admin's menu never shows
    to a member, and each page's logout form carries its own session's token, also after
    logging in again."""
    add_member(engine, MEMBER)
    app = create_app(site)
    with TestClient(app, base_url="http://127.0.0.1:8080") as admin, \
            TestClient(app, base_url="http://127.0.0.1:8080") as member:
        log_in(admin, engine, ADMIN)
        log_in(member, engine, MEMBER)
        for path in ("/handelser", "/sok?q=tabletter", "/handelser", "/sok?q=tabletter"):
            mine, theirs = member.get(path).text, admin.get(path).text
            assert "Medlemmar" in theirs and "Medlemmar" not in mine
            assert csrf_of(mine) != csrf_of(theirs)
            assert 'aria-current="page"' in mine
        first = csrf_of(member.get("/handelser").text)
        member.post("/logga-ut", data={"csrf": first})
        log_in(member, engine, MEMBER)
        again = member.get("/handelser").text
        assert csrf_of(again) != first
        assert member.post("/logga-ut", data={"csrf": csrf_of(again)}).status_code < 400
