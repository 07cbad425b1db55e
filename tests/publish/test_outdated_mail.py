"""A correction reaches mail that is queued but not yet delivered, through a real relay on
loopback: a member whose notice waits for a retry gets the corrected text only, once; a
digest queued while its event is redacted goes out masked; a retraction stops the notices
still queued; a copy a courier is sending when the correction lands is settled by the
relay's answer. Corrections are made with `vsn events`, as an operator would."""

from __future__ import annotations

import email
import re
import uuid
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col, select

from digest.deliver import lanes, overtaken
from digest.deliver.courier import Courier, RetryPolicy
from digest.deliver.transports import SmtpTransport
from digest.notices.comments import notify_comment
from digest.notices.first import notify
from digest.weekly.run import run_week
from digest.weekly.week import current_week
from mailgate.cli.main import main
from mailgate.config.settings import from_mapping
from mailgate.context import Context
from mailgate.publish.revise import Revision, revise
from store.db import open_store, session
from store.models import (
    Decision,
    Event,
    EventComment,
    InboundMail,
    Member,
    Outbox,
    OutboxOvertaken,
    Report,
)
from store.queries import lock_row, outbox_bytes, release_claims_of
from store.status import UpdateKind
from store.types import utcnow

from members.kit import MODERATORS, Kit, Relay, add_event
from support import free_port
from synthetic import FICTIONAL_MOBILE

MOD1 = MODERATORS[0]
ZONE = "Europe/Stockholm"
OLD_WORD = "Xylofonfabriken"
NEW_WORD = "Zebrapassagen"
OLD_TEXT = f"Gula tabletter märkta M30 såldes vid {OLD_WORD}. Flera förgiftningar."
NEW_TEXT = f"Gula tabletter märkta M30 såldes vid {NEW_WORD}. Flera förgiftningar."
PHONE = re.sub(r"\D", "", FICTIONAL_MOBILE)
RETRY = RetryPolicy(max_attempts=5, base_seconds=60)   # a retry waits: the test says when
LATER = "451 4.3.0 try again later"
OWN = ("To", "Message-ID", "Reply-To", "List-Unsubscribe")


def _kit(tmp_path: Path) -> Kit:
    kit = Kit(tmp_path)
    mods = ", ".join(f'"{m}"' for m in MODERATORS)
    (tmp_path / "config.toml").write_text(
        f'[gateway]\ndomain = "vsn.example.se"\n'
        f'[store]\nurl = "sqlite:///{tmp_path / "vsn.sqlite3"}"\n'
        f'[delivery]\nurl = "maildir://{tmp_path / "outbox"}"\n'
        f'[moderation]\nmoderators = [{mods}]\n', encoding="utf-8")
    return kit


def _members(kit: Kit, *, yellow_off: int = 0, at_once: int = 2) -> list[str]:
    """Members who get yellow at once, then members who turned yellow off (digest only)."""
    with session(kit.engine) as s:
        rows = [Member(email=f"medlem{i}@kommun{i}.example.se",
                       immediate={"yellow": i < at_once}) for i in range(at_once + yellow_off)]
        s.add_all(rows)
    return [r.email for r in rows]


def _publish(kit: Kit, urgency: str = "yellow", text: str = OLD_TEXT) -> str:
    event_id = kit.event(urgency, "Gula M30", text=text)
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event, policy=kit.ctx.settings.tiers)
        return event.reference


def vsn(kit: Kit, *args: str) -> int:
    folder = Path(str(kit.engine.url.database)).parent
    return main(["--config", str(folder / "config.toml"), "events", *args, "--by", MOD1])


def _correct(kit: Kit, reference: str, tmp_path: Path) -> None:
    (tmp_path / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    assert vsn(kit, "correct", reference, "--text-file", str(tmp_path / "new.txt")) == 0


def _courier(kit: Kit, relay: Relay) -> Courier:
    return Courier(kit.engine, SmtpTransport("127.0.0.1", relay.port, timeout=5), "w1", RETRY)


def _deliver_all(kit: Kit, courier: Courier) -> None:
    """What is waiting for a retry is due now; send until nothing is left."""
    with session(kit.engine) as s:
        s.execute(update(Outbox).where(col(Outbox.status) == "queued")
                  .values(next_attempt_at=utcnow()))
    courier.drain()
    courier.close()


def _got(relay: Relay, rcpt: str) -> list[EmailMessage]:
    found = [email.message_from_bytes(raw, policy=policy.default)
             for raw in relay.script.to(rcpt)]
    return [m for m in found if isinstance(m, EmailMessage)]


def _text(msg: EmailMessage) -> str:
    return "".join(str(p.get_content()) for p in msg.walk()
                   if p.get_content_maintype() == "text")


def _audit(kit: Kit) -> str:
    with session(kit.engine) as s:
        return s.exec(select(Decision.detail).order_by(col(Decision.id).desc())).first() or ""


def test_a_notice_waiting_for_a_retry_goes_out_corrected_and_only_once(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    got_it, waits, digest_only = _members(kit, yellow_off=1)
    reference = _publish(kit)
    with Relay(free_port()) as relay:
        relay.script.refuse(waits, LATER)
        courier = _courier(kit, relay)
        courier.step()
        courier.step(claim=False)    # one delivered, one deferred by the relay
        (before,) = [email.message_from_bytes(r.raw, policy=policy.default)
                     for r in kit.outbox("notice", waits)]
        _correct(kit, reference, tmp_path)
        _deliver_all(kit, courier)

        (only,) = _got(relay, waits)
        assert NEW_WORD in _text(only) and OLD_WORD not in _text(only)
        assert "[VSN GUL]" in str(only["Subject"])   # the notice itself, not a correction
        assert all(str(only[h]) == str(before[h]) for h in OWN)  # same address and tokens
        old, correction = _got(relay, got_it)
        assert OLD_WORD in _text(old)
        assert "RÄTTELSE" in str(correction["Subject"]) and NEW_TEXT in _text(correction)
        assert "Radera det tidigare meddelandet" in _text(correction)
        assert _got(relay, digest_only) == []
    audit = _audit(kit)
    assert "1 rewritten, 0 withdrawn" in audit and "1 update notices" in audit
    assert "@" not in audit and OLD_WORD not in audit


@pytest.mark.parametrize("readers", [2, 60])   # whole messages, and a shared stored body
def test_a_digest_queued_while_its_event_is_redacted_goes_out_masked(
        tmp_path: Path, readers: int) -> None:
    kit = _kit(tmp_path)
    members = _members(kit, yellow_off=readers, at_once=0)
    reference = _publish(kit, text=f"{OLD_TEXT} Säljaren nås på {FICTIONAL_MOBILE}.")
    run_week(kit.engine, kit.mailing, current_week(utcnow(), ZONE), ZONE)
    assert len(kit.outbox("digest")) == readers
    assert vsn(kit, "redact", reference, "--finding", "1") == 0
    with Relay(free_port()) as relay:
        _deliver_all(kit, _courier(kit, relay))
        for member in (members[0], members[-1]):
            (digest,) = _got(relay, member)
            text = _text(digest)
            assert "veckosammanfattning" in str(digest["Subject"])
            assert "[TELEFON]" in text and PHONE not in re.sub(r"\D", "", text)
            assert "Rättad" in text or "RÄTTAD" in text
    assert f"{readers} rewritten" in _audit(kit)


def test_a_retraction_stops_the_notices_still_queued(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    got_it, waits, never = _members(kit, at_once=3)
    reference = _publish(kit, urgency="red")
    with Relay(free_port()) as relay:
        relay.script.refuse(waits, LATER)
        relay.script.refuse(never, LATER)
        courier = _courier(kit, relay)
        courier.step()
        courier.step(claim=False)
        assert vsn(kit, "retract", reference, "--reason", "Analysen visade koffein.") == 0
        _deliver_all(kit, courier)
        assert _got(relay, waits) == [] and _got(relay, never) == []
        _old, retraction = _got(relay, got_it)
        assert "ÅTERKALLAD" in str(retraction["Subject"])
    assert {r.rcpt for r in kit.outbox("notice")} == {got_it}
    assert "2 withdrawn" in _audit(kit)


@pytest.mark.parametrize("action", ["correct", "retract"])
def test_a_copy_being_sent_is_settled_by_the_relays_answer(tmp_path: Path,
                                                            action: str) -> None:
    kit = _kit(tmp_path)
    delivered, refused = _members(kit)
    reference = _publish(kit)
    with Relay(free_port()) as relay:
        relay.script.refuse(refused, LATER)
        courier = _courier(kit, relay)
        assert courier.step().claimed == 2        # claimed: the old bytes are in hand
        if action == "correct":
            _correct(kit, reference, tmp_path)
        else:
            assert vsn(kit, "retract", reference, "--reason", "Fel analys.") == 0
        with session(kit.engine) as s:
            assert len(s.exec(select(OutboxOvertaken)).all()) == 2
        courier.step(claim=False)                 # sent as claimed: one 250, one 451
        _deliver_all(kit, courier)

        # Delivered with the old text: the member is asked to delete it, once.
        old, update_notice = _got(relay, delivered)
        assert OLD_WORD in _text(old)
        word = "RÄTTELSE" if action == "correct" else "ÅTERKALLAD"
        assert word in str(update_notice["Subject"])
        # Not delivered: the corrected text only, or nothing after a retraction.
        again = _got(relay, refused)
        if action == "correct":
            assert len(again) == 1 and NEW_WORD in _text(again[0])
            assert OLD_WORD not in _text(again[0])
        else:
            assert again == []
    with session(kit.engine) as s:
        assert s.exec(select(OutboxOvertaken)).all() == []
        assert not s.exec(select(Outbox).where(col(Outbox.status) == "held")).all()


def _comment(kit: Kit, reference: str, writer: str) -> None:
    """A published comment on the event, its notice queued for the other members."""
    with session(kit.engine) as s:
        event = s.exec(select(Event).where(col(Event.reference) == reference)).one()
        inbound = InboundMail(raw=b"kommentar", sha256="0" * 64, status="done")
        s.add(inbound)
        s.flush()
        report = Report(reference="K-0001", inbound_id=inbound.id or 0,
                        event_id=event.id, sender=writer, urgency="green", status="published")
        s.add(report)
        s.flush()
        comment = EventComment(event_id=event.id or 0, report_id=report.id or 0,
                               text="Vi har sett samma tabletter här.")
        s.add(comment)
        s.flush()
        notify_comment(s, kit.mailing, event, comment, writer=writer, org_type="kommun",
                       policy=kit.ctx.settings.tiers)


def test_a_new_title_reaches_a_queued_comment_notice(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    reader, writer = _members(kit)
    reference = _publish(kit)
    with session(kit.engine) as s:   # the notices went out before the comment came
        s.execute(update(Outbox).values(status="sent"))
    _comment(kit, reference, writer)
    (tmp_path / "new.txt").write_text(NEW_TEXT, encoding="utf-8")
    assert vsn(kit, "correct", reference, "--text-file", str(tmp_path / "new.txt"),
               "--title", "Gula M30 med fentanyl") == 0
    with Relay(free_port()) as relay:
        _deliver_all(kit, _courier(kit, relay))
        comments = [m for m in _got(relay, reader) if "Kommentar" in str(m["Subject"])]
        assert len(comments) == 1
        assert "Gula M30 med fentanyl" in str(comments[0]["Subject"])
        assert "Gula M30 med fentanyl" in _text(comments[0])


def test_a_second_correction_replaces_the_first_ones_queued_update(tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    (member,) = _members(kit, at_once=1)
    reference = _publish(kit)
    with session(kit.engine) as s:
        s.execute(update(Outbox).values(status="sent"))
    _correct(kit, reference, tmp_path)
    (tmp_path / "newer.txt").write_text(NEW_TEXT + " Även i Lund.", encoding="utf-8")
    assert vsn(kit, "correct", reference, "--text-file", str(tmp_path / "newer.txt")) == 0
    with Relay(free_port()) as relay:
        _deliver_all(kit, _courier(kit, relay))
        (only,) = _got(relay, member)       # the notice was sent before the relay started
        assert "RÄTTELSE" in str(only["Subject"]) and "Även i Lund." in _text(only)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    url: str = request.getfixturevalue("postgres").create_database(
        f"outdated_{uuid.uuid4().hex[:12]}")
    return url


def test_each_status_gets_its_own_treatment_on_both_stores(tmp_path: Path,
                                                           store_url: str) -> None:
    """Sent: emptied, and its member told. Queued: rewritten. Sending: overtaken, its
    member's update notice held until the relay answers."""
    ctx = Context(from_mapping({"gateway": {"domain": "vsn.example.se"},
                                "store": {"url": store_url},
                                "moderation": {"moderators": [MOD1]}},
                               source="<test>", base_dir=tmp_path))
    engine = open_store(store_url)
    with session(engine) as s:
        s.add_all(Member(email=f"m{i}@kommun{i}.example.se") for i in range(3))
        event = add_event(s, "red", "Röd M30", text=OLD_TEXT)
        notify(s, ctx.identity, ctx.bounce_address, event)
        event_id = event.id or 0
    with session(engine) as s:
        rows = s.exec(select(Outbox).order_by(col(Outbox.id))).all()
        sent, sending, queued = (r.id or 0 for r in rows)
        s.execute(update(Outbox).where(col(Outbox.id) == sent).values(status="sent"))
        s.execute(update(Outbox).where(col(Outbox.id) == sending)
                  .values(status="sending", claimed_by="w1", claimed_at=utcnow()))
    with session(engine) as s:
        locked = lock_row(s, Event, event_id)
        assert locked is not None
        revised = revise(s, ctx, locked, Revision(UpdateKind.CORRECTION, text=NEW_TEXT), MOD1)
    assert revised.notified == 1 and revised.outbox is not None
    assert revised.outbox.summary() == \
        "undelivered mail: 1 rewritten, 0 withdrawn, 1 being sent"
    with session(engine) as s:
        whole = {r.id: outbox_bytes(s, r) for r in s.exec(select(Outbox))}
        held = s.exec(select(Outbox).where(col(Outbox.status) == "held")).one()
        assert s.exec(select(OutboxOvertaken)).one().held_id == held.id
    assert NEW_WORD.encode() in whole[queued] and NEW_WORD.encode() in whole[sending]
    assert not [raw for raw in whole.values() if OLD_WORD.encode() in raw]
    with session(engine) as s:
        lanes.mark_sent(s, [sending], "w1", utcnow())   # the relay took the old bytes
    with session(engine) as s:
        assert s.exec(select(Outbox).where(col(Outbox.status) == "held")).all() == []
        assert s.exec(select(OutboxOvertaken)).all() == []
        updates = s.exec(select(Outbox.rcpt).where(col(Outbox.kind) == "update")).all()
    assert len(updates) == 2   # the member sent before, and the one sent meanwhile
    engine.dispose()


def test_copies_a_dead_courier_held_go_out_corrected_without_an_update(
        tmp_path: Path) -> None:
    kit = _kit(tmp_path)
    members = _members(kit)
    reference = _publish(kit)
    with Relay(free_port()) as relay:
        dead = _courier(kit, relay)
        assert dead.step().claimed == 2     # claimed, then the process dies unsent
        _correct(kit, reference, tmp_path)
        with session(kit.engine) as s:      # the restart gives its claims back
            release_claims_of(s, ["w1"])
            overtaken.settle_released(s)
        _deliver_all(kit, _courier(kit, relay))
        for member in members:
            (only,) = _got(relay, member)
            assert NEW_WORD in _text(only) and "[VSN GUL]" in str(only["Subject"])
