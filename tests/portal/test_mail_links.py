"""Mail to members links to the portal: the event page, and one-click unsubscribe
(RFC 8058) that works without a session, with the member's own token only."""

from __future__ import annotations

from dataclasses import replace

from portalkit import IDENTITY, add_event, add_member, csrf_of, mails_to, text_of
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from starlette.testclient import TestClient

from digest.notices.first import notify
from store.db import session
from store.models import Event, Member

ANNA, BO = "anna@kommun.example.se", "bo@kommun.example.se"
PORTAL = "https://vsn.example.se"


def notices(engine: Engine, urgency: str = "red", *, full_text: bool = True) -> str:
    ref = add_event(engine, "Fentanyl i falska tabletter",
                    "Tabletterna är märkta M30 och innehåller fentanyl.", urgency=urgency)
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == ref)).one()
        notify(s, replace(IDENTITY, portal_url=PORTAL), "vsn-bounces@vsn.example.se", event,
               full_text=full_text)
    return ref


def unsubscribe_url(engine: Engine, address: str) -> str:
    header = str(mails_to(engine, address, "notice")[-1]["List-Unsubscribe"])
    url = header.split(">")[0].lstrip("<")
    assert url.startswith(f"{PORTAL}/avregistrera/")
    return url.removeprefix(PORTAL)


def test_a_notice_links_to_its_event_and_offers_one_click(engine: Engine) -> None:
    add_member(engine, ANNA)
    ref = notices(engine)
    (msg,) = mails_to(engine, ANNA, "notice")
    assert f"{PORTAL}/handelser/{ref}" in text_of(msg)
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "<mailto:vsn+unsubscribe-" in str(msg["List-Unsubscribe"])


def test_one_click_needs_no_session_and_leaves_only_that_member(client: TestClient,
                                                                engine: Engine) -> None:
    add_member(engine, ANNA)
    add_member(engine, BO)
    notices(engine)
    answer = client.post(unsubscribe_url(engine, ANNA),
                         content=b"List-Unsubscribe=One-Click",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200
    with Session(engine) as s:
        found = {m.email: m.status for m in s.exec(select(Member))}
    assert found == {ANNA: "left", BO: "active"}
    wrong = client.post("/avregistrera/aaaaaaaaaaaaaaaaaaaaaaaaaa",
                        data={"List-Unsubscribe": "One-Click"})
    assert wrong.status_code == 404


def test_a_notices_comment_token_unsubscribes_nobody(client: TestClient,
                                                     engine: Engine) -> None:
    # Whoever saw the comment address (a CC, a forwarded reply) must not end the membership.
    add_member(engine, ANNA)
    notices(engine)
    (msg,) = mails_to(engine, ANNA, "notice")
    comment = str(msg["Reply-To"]).split("+comment-")[1].split("@")[0]
    answer = client.post(f"/avregistrera/{comment}", data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 404
    with Session(engine) as s:
        assert s.exec(select(Member)).one().status == "active"


def test_the_unsubscribe_page_asks_first(client: TestClient, engine: Engine) -> None:
    add_member(engine, ANNA)
    notices(engine)
    url = unsubscribe_url(engine, ANNA)
    page = client.get(url)
    assert "Avregistrera mig" in page.text
    with Session(engine) as s:   # a mail scanner opening the link changes nothing
        assert s.exec(select(Member)).one().status == "active"
    assert client.post(url, data={"csrf": "wrong"}).status_code == 403
    done = client.post(url, data={"csrf": csrf_of(page.text)})
    assert "Medlemskapet är avslutat" in done.text
    with Session(engine) as s:
        assert s.exec(select(Member)).one().status == "left"


def test_headline_and_link_only_when_full_text_is_off(engine: Engine) -> None:
    add_member(engine, ANNA)
    add_member(engine, BO)
    notices(engine, "yellow", full_text=False)
    text = text_of(mails_to(engine, ANNA, "notice")[-1])
    assert "Fentanyl i falska tabletter" in text and "/handelser/" in text
    assert "märkta M30" not in text


def test_the_red_forward_box_stays_whole_without_full_text(engine: Engine) -> None:
    add_member(engine, ANNA)
    notices(engine, "red", full_text=False)
    text = text_of(mails_to(engine, ANNA, "notice")[-1])
    assert text.count("märkta M30") == 1 and "SPRID VIDARE" in text
