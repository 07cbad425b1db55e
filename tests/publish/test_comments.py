"""Replying to a notice comments on the event: held, reviewed, published, in the digest."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from digest.notices.first import notify
from digest.weekly.run import run_week
from digest.weekly.week import current_week
from store.db import session
from store.models import Event, EventComment, Member, Report

from members.kit import MODERATORS, Kit, mail, parsed, text_of

MEMBER = "medlem0@kommun0.example.se"
OUTSIDER = "utomstaende@example.org"


def _notice(kit: Kit) -> tuple[int, str]:
    kit.members(2)
    event_id = kit.event("red", "Fentanyl i falska tabletter")
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event)
    notice = parsed(kit.outbox("notice", rcpt=MEMBER)[0])
    return event_id, str(notice["Reply-To"])


def _reply(sender: str, to: str, text: str) -> object:
    quoted = "\n".join("> " + line for line in ["VSN-varning RÖD", "Blå tabletter märkta M30."])
    return mail(sender, to, "SV: [VSN RÖD] Fentanyl i falska tabletter",
                f"{text}\n\nDen 23 nov. 2026 skrev VSN <vsn@vsn.example.se>:\n{quoted}\n")


def test_a_comment_is_reviewed_then_shown_in_the_digest(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    event_id, address = _notice(kit)
    assert address.startswith("vsn+comment-")
    kit.deliver(_reply(MEMBER, address, "Vi har sett samma tabletter i Lund i veckan."))  # type: ignore[arg-type]
    with session(kit.engine) as s:
        report = s.exec(select(Report)).all()[-1]
        assert report.event_id == event_id and report.status == "held"
        assert report.text == "Vi har sett samma tabletter i Lund i veckan."
    review = parsed(kit.outbox("review", rcpt=MODERATORS[0])[-1])
    assert "Kommentar till" in str(review["Subject"])
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
    shown = text_of(review)
    assert f"Kommentar till varningen {event.reference}: Fentanyl i falska tabletter" in shown
    assert "Ny rapport att granska" not in shown
    kit.deliver(mail(MODERATORS[0], str(review["Reply-To"]), "SV: " + str(review["Subject"]),
                     "GODKÄNN\n"))
    with session(kit.engine) as s:
        (comment,) = s.exec(select(EventComment)).all()
        assert comment.event_id == event_id and "Lund" in comment.text
        assert len(s.exec(select(Event)).all()) == 1     # no new event, no new notices
    assert len(kit.outbox("notice")) == 2
    zone = kit.ctx.settings.digest.timezone
    week = current_week(comment.published_at, zone)
    run_week(kit.engine, kit.mailing, week, zone)
    digest = text_of(parsed(kit.outbox("digest", rcpt=MEMBER)[0]))
    assert "Vi har sett samma tabletter i Lund" in digest and "Nya kommentarer (1)" in digest


def test_comments_from_others_or_empty_are_refused(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    _, address = _notice(kit)
    kit.deliver(_reply(OUTSIDER, address, "Jag är inte medlem."))  # type: ignore[arg-type]
    refused = text_of(parsed(kit.outbox(rcpt=OUTSIDER)[-1]))
    assert "medlemsadress" in refused
    kit.deliver(_reply(MEMBER, address, ""))  # type: ignore[arg-type]
    assert "ingen egen text" in text_of(parsed(kit.outbox(rcpt=MEMBER)[-1]))
    unknown = address.split("-", 1)[0] + "-" + "a" * 26 + "@vsn.example.se"
    kit.deliver(_reply(MEMBER, unknown, "Hej"))  # type: ignore[arg-type]
    assert "kändes inte igen" in text_of(parsed(kit.outbox(rcpt=MEMBER)[-1]))
    with session(kit.engine) as s:
        assert not s.exec(select(Report).where(Report.event_id.is_not(None))).all()  # type: ignore[union-attr]


def _comment_on(kit: Kit, urgency: str) -> None:
    event_id = kit.event(urgency, "Nitazener i heroin")
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event,
               policy=kit.ctx.settings.tiers)
    notice = parsed(kit.outbox("notice", rcpt=MEMBER)[-1])
    kit.deliver(_reply(MEMBER, str(notice["Reply-To"]),  # type: ignore[arg-type]
                       "Samma sak här i Lund: två förgiftningar i helgen."))
    review = parsed(kit.outbox("review", rcpt=MODERATORS[0])[-1])
    kit.deliver(mail(MODERATORS[0], str(review["Reply-To"]), "SV: " + str(review["Subject"]),
                     "GODKÄNN\n"))


def test_a_published_comment_reaches_members_at_once_without_its_writer(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(3, org_type="region", name="Namn Efternamnsson")
    _comment_on(kit, "yellow")
    sent = kit.outbox("comment")
    assert sorted(r.rcpt for r in sent) == ["medlem1@kommun1.example.se",
                                            "medlem2@kommun2.example.se"]
    msg = parsed(sent[0])
    body = text_of(msg)
    assert str(msg["Subject"]).startswith("[VSN GUL] Kommentar: Nitazener i heroin")
    assert "två förgiftningar i helgen" in body and "som arbetar i en region" in body
    # The writer is named by organisation type only, never by name or address.
    assert "Efternamnsson" not in body and MEMBER not in body
    assert str(msg["Reply-To"]).startswith("vsn+comment-")   # the exchange goes on by reply


def test_a_comment_follows_the_members_choice_for_its_urgency(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    ids = kit.members(3)
    with session(kit.engine) as s:
        digest_only = s.get(Member, ids[2])
        assert digest_only is not None
        digest_only.immediate = {"green": False}
        s.add(digest_only)
    _comment_on(kit, "green")
    assert [r.rcpt for r in kit.outbox("comment")] == ["medlem1@kommun1.example.se"]
