"""Corrections that really remove: a new text or MASKERA n replaces the published text in
the event, the search index, SÖK answers, digests and the outbox; the old text is kept
nowhere (its hash on the update row); members are asked to delete the earlier message."""

from __future__ import annotations

import email
import hashlib
import re
import uuid
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from digest.weekly.items import week_items
from digest.weekly.run import digest_draft
from digest.weekly.week import current_week
from store.db import create_schema, make_engine, session
from store.models import Decision, Event, EventUpdate, FindingRow, Member, Outbox
from store.queries import outbox_bytes
from store.search import forget_replaced, search_events
from store.types import utcnow

from members.kit import add_event
from moderate.kit import MODERATORS, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBERS = ("anna@kommun-a.example.se", "bo@region-b.example.se")
OLD_WORD = "Xylofonfabriken"      # only in the published text, gone after the correction
NEW_WORD = "Zebrapassagen"
ZONE = "Europe/Stockholm"
PHONE = re.sub(r"\D", "", FICTIONAL_MOBILE)
LEAKY = (f"Blå tabletter märkta M30 såldes vid {OLD_WORD}. Säljaren nås på {FICTIONAL_MOBILE}.\n"
         "Flera förgiftningar i veckan.")
NEW_TEXT = f"Blå tabletter märkta M30 såldes vid {NEW_WORD}. Flera förgiftningar i veckan."


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add_all(Member(email=m) for m in MEMBERS)
    return d


def leaked(desk: Desk, *, sent: bool = True) -> EmailMessage:
    """A warning published with a phone number the moderator wrongly kept; its notices
    delivered (sent) or still waiting in the outbox."""
    desk.deliver(report(text=LEAKY))
    with desk.s() as s:
        phone = s.exec(select(FindingRow).where(col(FindingRow.type) == "PHONE")).one()
    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[0], MOD1,
                       f"GODKÄNN\nBEHÅLL {phone.number}"))
    if sent:
        with session(desk.engine) as s:
            s.execute(update(Outbox).where(col(Outbox.kind) == "notice").values(status="sent"))
    return desk.one(MOD1, "Publicerad")


def _all_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    return raw.decode("utf-8", "replace") + "".join(str(p) for p in parts)


def _nowhere(desk: Desk, *needles: str) -> None:
    """None of the needles in any event, update, audit row or outbox message."""
    with desk.s() as s:
        stored = [e.text + e.title for e in s.exec(select(Event))]
        stored += [u.text + u.title for u in s.exec(select(EventUpdate))]
        stored += [d.detail for d in s.exec(select(Decision))]
        stored += [_all_text(outbox_bytes(s, o)) for o in s.exec(
            select(Outbox).where(col(Outbox.kind).in_(["notice", "update", "digest"])))]
    for needle in needles:
        assert not [t for t in stored if needle in t or needle in re.sub(r"\D", "", t)], needle


def test_a_new_text_replaces_the_published_one_everywhere(desk: Desk) -> None:
    confirmation = leaked(desk)
    with desk.s() as s:
        old = s.exec(select(Event)).one().text
    desk.deliver(reply(confirmation, MOD1, f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---"))

    with desk.s() as s:
        event = s.exec(select(Event)).one()
        assert event.text == NEW_TEXT and event.updated_at is not None
        row = s.exec(select(EventUpdate)).one()
        assert row.replaced_sha256 == hashlib.sha256(old.encode()).hexdigest()
        assert row.text == ""
        audit = s.exec(select(Decision).where(col(Decision.action) == "correct")).one()
        assert audit.accepted and row.replaced_sha256 in audit.detail
        assert [e.id for e in search_events(s, OLD_WORD)] == []
        assert [e.id for e in search_events(s, NEW_WORD)] == [event.id]
        # The index itself holds no term of the old text (FTS5 merged, not just marked).
        s.execute(text("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, event_fts, row)"))
        terms = {r[0] for r in s.execute(text("SELECT term FROM temp.vocab"))}
        assert OLD_WORD.lower() not in terms and NEW_WORD.lower() in terms
        blocks = b"".join(r[0] for r in s.execute(text("SELECT block FROM event_fts_data"))
                          if r[0])
        assert OLD_WORD.lower().encode() not in blocks and PHONE.encode() not in blocks
    _nowhere(desk, OLD_WORD, PHONE)

    for member in MEMBERS:
        notice = body(desk.one(member, "RÄTTELSE]"))
        assert "innehöll ett fel" in notice and "Radera det tidigare meddelandet" in notice
        assert "vidarebefordra det inte" in notice and NEW_TEXT in notice
    assert "ersatt överallt" in body(desk.one(MOD1, "Rättelse publicerad"))


def test_sok_and_the_digest_show_the_corrected_text_marked(desk: Desk) -> None:
    confirmation = leaked(desk)
    desk.deliver(reply(confirmation, MOD1, f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---"))
    search = EmailMessage()
    search["From"], search["To"], search["Subject"] = MEMBERS[0], "vsn-request@vsn.example.se", \
        "SÖK M30"
    search.set_content("")
    desk.deliver(search)
    answer = body(desk.one(MEMBERS[0], "sökresultat"))
    assert "rättad" in answer and NEW_WORD in answer and OLD_WORD not in answer

    week = current_week(utcnow(), ZONE)
    with desk.s() as s:
        items = week_items(s, week, ZONE)
    draft = digest_draft(desk.ctx.identity, week, ZONE, items, frozenset())
    assert "RÄTTAD" in draft.text and NEW_WORD in draft.text and OLD_WORD not in draft.text
    assert draft.html is not None and "RÄTTAD" in draft.html and OLD_WORD not in draft.html


def test_notices_still_queued_go_out_with_the_new_text_instead(desk: Desk) -> None:
    confirmation = leaked(desk, sent=False)
    desk.deliver(reply(confirmation, MOD1, f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---"))
    for member in MEMBERS:
        notices = desk.sent(member, "[VSN RÖD]")
        assert len(notices) == 1 and NEW_WORD in body(notices[0])
        assert not desk.sent(member, "RÄTTELSE]")   # they never got the old one
    _nowhere(desk, OLD_WORD, PHONE)


def test_maskera_masks_a_finding_of_the_published_text(desk: Desk) -> None:
    confirmation = leaked(desk)
    shown = body(confirmation)
    number = re.search(r"\[(\d+)\] TELEFON: ", shown)
    assert number is not None and f"[TELEFON {number.group(1)}]" in shown
    desk.deliver(reply(confirmation, MOD1, "MASKERA 9"))
    assert "inget fynd med nummer 9" in body(desk.one(MOD1, "Inte utfört"))

    desk.deliver(reply(confirmation, MOD1, f"MASKERA {number.group(1)}"))
    with desk.s() as s:
        event = s.exec(select(Event)).one()
    assert "[TELEFON]" in event.text and OLD_WORD in event.text
    assert "[TELEFON]" in body(desk.one(MEMBERS[1], "RÄTTELSE]"))
    _nowhere(desk, PHONE)


def test_any_moderator_or_admin_corrects_by_replying_to_their_notice(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    admin = "admin@fhm.example.se"
    with session(desk.engine) as s:
        s.add_all(Member(email=m) for m in (*MEMBERS, MOD2, admin))
    leaked(desk)
    got = {m: desk.one(m, "[VSN RÖD]") for m in (MEMBERS[0], MOD2, admin)}  # in their inboxes
    desk.deliver(reply(got[admin], admin,
                       f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---"))
    with desk.s() as s:
        assert s.exec(select(Event)).one().text == NEW_TEXT
    assert str(desk.one(admin, "Rättelse publicerad")["Reply-To"]).startswith("vsn+event-")
    # A member's RÄTTELSE is a comment, held for review like any other.
    desk.deliver(reply(got[MEMBERS[0]], MEMBERS[0], "RÄTTELSE: fel färg"))
    with desk.s() as s:
        assert s.exec(select(Event)).one().status == "published"
        assert len(s.exec(select(EventUpdate)).all()) == 1
    assert desk.report().event_id is not None and desk.report().status == "held"

    desk.deliver(reply(got[MOD2], MOD2, "ÅTERKALLA: Analysen visade koffein."))
    with desk.s() as s:
        assert s.exec(select(Event)).one().status == "retracted"
        acts = [d.action for d in s.exec(select(Decision).where(col(Decision.accepted)))]
    assert "correct" in acts and "retract" in acts
    assert desk.one(MOD2, "Återkallad")


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    else:
        url = request.getfixturevalue("postgres").create_database(
            f"revise_{uuid.uuid4().hex[:12]}")
    found = make_engine(url)
    create_schema(found)
    yield found
    found.dispose()


def test_the_search_index_follows_a_replaced_text(engine: Engine) -> None:
    with session(engine) as s:
        event_id = add_event(s, "red", "Fentanyl", text=LEAKY).id
    with session(engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        event.text = NEW_TEXT
        s.add(event)
        s.flush()
        forget_replaced(s)
    with session(engine) as s:
        assert search_events(s, OLD_WORD.lower()) == []
        assert [e.id for e in search_events(s, NEW_WORD.lower())] == [event_id]


def test_a_large_mailing_keeps_no_old_text_in_its_shared_body(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    many = [f"medlem{i}@kommun{i}.example.se" for i in range(60)]   # a shared stored body
    with session(desk.engine) as s:
        s.add_all(Member(email=m) for m in many)
    confirmation = leaked(desk)
    with desk.s() as s:
        assert s.exec(select(Outbox).where(col(Outbox.body_id).is_not(None))).first()
    desk.deliver(reply(confirmation, MOD1,
                       f"RÄTTELSE\n--- TEXT ---\n{NEW_TEXT}\n--- SLUT ---"))
    _nowhere(desk, OLD_WORD, PHONE)
    assert NEW_TEXT in body(desk.one(many[-1], "RÄTTELSE]"))
