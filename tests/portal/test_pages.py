"""What a logged-in member reads: events newest first with filters and pages, one event
with its corrections and comments, search with marked matches, settings, leaving."""

from __future__ import annotations

import re

from portalkit import (
    ADMIN,
    MODERATOR,
    add_event,
    add_member,
    csrf_of,
    log_in,
    mails_to,
    new_inbound,
)
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from starlette.testclient import TestClient

from store.db import session
from store.models import Application, Event, EventComment, EventUpdate, Member, Report
from store.portal import PortalSession
from store.types import utcnow

MEMBER = "bo.berg@kommun.example.se"


def titles(html: str) -> list[str]:
    found = re.findall(r'<h2><a href="/handelser/[^"]+">(.*?)</a></h2>', html)
    return [re.sub(r"</?mark>", "", t) for t in found]


def test_events_newest_first_and_paged(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    for n in range(25):
        add_event(engine, f"Händelse {n:02d}", "Text", days_ago=25 - n)
    log_in(client, engine, MEMBER)
    first = client.get("/handelser")
    assert titles(first.text)[:3] == ["Händelse 24", "Händelse 23", "Händelse 22"]
    assert len(titles(first.text)) == 20 and "Sida 1 av 2" in first.text
    second = client.get("/handelser?sida=2")
    assert titles(second.text) == [f"Händelse {n:02d}" for n in range(4, -1, -1)]


def test_filters_by_urgency_region_verified_and_period(client: TestClient,
                                                       engine: Engine) -> None:
    add_member(engine, MEMBER)
    add_event(engine, "Röd i Skåne", "x", urgency="red", region="Region Skåne", verified=True)
    add_event(engine, "Gul i Skåne", "x", urgency="yellow", region="Region Skåne")
    add_event(engine, "Grön i Stockholm", "x", urgency="green", days_ago=40)
    log_in(client, engine, MEMBER)
    assert titles(client.get("/handelser?bradska=red").text) == ["Röd i Skåne"]
    assert set(titles(client.get("/handelser?region=Region+Sk%C3%A5ne").text)) == {
        "Röd i Skåne", "Gul i Skåne"}
    assert titles(client.get("/handelser?verifierad=ja").text) == ["Röd i Skåne"]
    assert set(titles(client.get("/handelser?verifierad=nej").text)) == {
        "Gul i Skåne", "Grön i Stockholm"}
    old = client.get("/handelser?till=" + _days_ago_iso(30)).text
    assert titles(old) == ["Grön i Stockholm"]


def _days_ago_iso(days: int) -> str:
    from datetime import timedelta

    from store.types import utcnow
    return (utcnow() - timedelta(days=days)).date().isoformat()


def test_members_see_only_published_events(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    add_event(engine, "Gäller", "x")
    gone = add_event(engine, "Återkallad händelse", "x", status="retracted")
    log_in(client, engine, MEMBER)
    assert titles(client.get("/handelser").text) == ["Gäller"]
    assert client.get(f"/handelser/{gone}").status_code == 404
    assert "Återkallad händelse" not in client.get("/sok?q=händelse").text


def test_one_event_with_corrections_comments_and_forward_box(client: TestClient,
                                                             engine: Engine) -> None:
    add_member(engine, MEMBER)
    ref = add_event(engine, "Blå tabletter", "Blå tabletter märkta X.\nHög halt.",
                    urgency="red", region="Region Skåne", verified=True)
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == ref)).one()
        s.add(Member(email="x@y.se", name="Xena Ysson", org_type="region"))
        s.add(EventUpdate(event_id=event.id or 0, kind="correction", title="Ny halt",
                          text="Halten var lägre."))
        report = Report(reference="C-1", inbound_id=new_inbound(s), sender="x@y.se",
                        urgency="yellow",
                        status="published", event_id=event.id)
        s.add(report)
        s.flush()
        s.add(EventComment(event_id=event.id or 0, report_id=report.id or 0,
                           text="Vi ser samma i Malmö."))
    log_in(client, engine, MEMBER)
    page = client.get(f"/handelser/{ref}").text
    assert "Blå tabletter märkta X.\nHög halt." in page
    assert "Region Skåne" in page and "Verifierad" in page
    assert "Halten var lägre." in page and "Vi ser samma i Malmö." in page
    # A comment names its writer's organisation type, never the writer.
    assert "medlem i en region" in page and "Ysson" not in page and "x@y.se" not in page
    assert "sprid vidare" in page.lower()


def test_search_marks_matches_and_pages(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    for n in range(23):
        add_event(engine, f"Tabletter nummer {n}", "Gröna tabletter hittade.")
    add_event(engine, "Något annat", "Pulver.")
    log_in(client, engine, MEMBER)
    page = client.get("/sok?q=tablett").text
    assert "23 träffar" in page and "Sida 1 av 2" in page
    assert "<mark>Tabletter</mark> nummer" in page and "<mark>tabletter</mark>" in page
    assert len(titles(client.get("/sok?q=tablett&sida=2").text)) == 3
    past = client.get("/sok?q=tablett&sida=9").text   # an old link: the last page
    assert len(titles(past)) == 3 and "Sida 2 av 2" in past
    assert "Något annat" not in page


def test_settings_change_what_arrives_at_once(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    page = client.get("/installningar")
    assert 'id="yellow"' in page.text and 'id="red"' not in page.text  # red cannot change
    saved = client.post("/installningar", data={"csrf": csrf_of(page.text), "green": "pa"})
    assert "sparade" in saved.text
    with Session(engine) as s:
        member = s.exec(select(Member)).one()
        assert member.immediate == {"yellow": False, "green": True}
        assert member.digest is False


def test_leaving_ends_membership_and_sessions(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    page = client.get("/avsluta")
    done = client.post("/avsluta", data={"csrf": csrf_of(page.text)})
    assert "Medlemskapet är avslutat" in done.text
    with Session(engine) as s:
        assert s.exec(select(Member)).one().status == "left"
        assert all(r.ended_at is not None for r in s.exec(select(PortalSession)))
    assert mails_to(engine, MEMBER, "answer")[-1]["Subject"].startswith("VSN: du har avslutat")
    assert client.get("/handelser", follow_redirects=False).status_code == 303


def test_moderators_see_the_queue_with_age_and_urgency(client: TestClient,
                                                      engine: Engine) -> None:
    with session(engine) as s:
        s.add(Report(reference="2026-0900", inbound_id=new_inbound(s), sender="r@k.se",
                     urgency="red",
                     status="held", title="Ny substans"))
    log_in(client, engine, MODERATOR)
    page = client.get("/granskning").text
    assert "2026-0900" in page and "RÖD" in page and "0 min" in page
    assert "[VSN-granskning 2026-0900]" in page
    assert client.get("/admin/medlemmar").status_code == 403


def test_admins_see_members_and_applications(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    with session(engine) as s:
        s.add(Application(email="ny@region.example.se", name="Ny Person", region="Region Y"))
    log_in(client, engine, ADMIN)
    assert MEMBER in client.get("/admin/medlemmar").text
    assert "ny@region.example.se" in client.get("/admin/ansokningar").text


def test_members_do_not_see_staff_pages(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    log_in(client, engine, MEMBER)
    for path in ("/granskning", "/admin/medlemmar", "/admin/ansokningar"):
        assert client.get(path).status_code == 403
    assert "Granskning" not in client.get("/handelser").text


def test_search_wants_every_word_then_any(client: TestClient, engine: Engine) -> None:
    add_member(engine, MEMBER)
    add_event(engine, "Blå tabletter", "Blå tabletter i Malmö.")
    add_event(engine, "Vitt pulver", "Pulver i Malmö.")
    log_in(client, engine, MEMBER)
    assert titles(client.get("/sok?q=tabletter+malmö").text) == ["Blå tabletter"]
    broad = client.get("/sok?q=tabletter+pulver").text
    assert set(titles(broad)) == {"Blå tabletter", "Vitt pulver"}
    assert "ingen händelse innehöll alla orden" in broad


def test_pages_show_changes_at_once(client: TestClient, engine: Engine) -> None:
    """Rendered parts are reused between members, never after the events changed."""
    add_member(engine, MEMBER)
    ref = add_event(engine, "Första", "Gammal text.")
    log_in(client, engine, MEMBER)
    assert titles(client.get("/handelser").text) == ["Första"]
    assert "Gammal text." in client.get(f"/handelser/{ref}").text
    add_event(engine, "Andra", "x")
    assert titles(client.get("/handelser").text) == ["Andra", "Första"]
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == ref)).one()
        event.text, event.updated_at = "Rättad text.", utcnow()
        s.add(event)
    assert "Rättad text." in client.get(f"/handelser/{ref}").text
    assert "Rättad" in client.get("/sok?q=rättad").text
    with session(engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == ref)).one()
        event.status, event.retracted_at = "retracted", utcnow()
        s.add(event)
    assert titles(client.get("/handelser").text) == ["Andra"]
