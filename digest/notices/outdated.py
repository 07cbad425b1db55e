"""When a correction replaces an event's text (or title) or a retraction withdraws it, the
mail about the event that members have not yet received.

What each kind of mail gets, in the correction's own transaction:

    kind     rows (dedupe key)            what it holds            text replaced  retracted
    notice   notice:<event>:<member>      the warning              re-rendered    withdrawn
    comment  comment:<comment>:<member>   the event's title        re-rendered    withdrawn
    update   update:<earlier>:<member>    an earlier corrected     withdrawn      withdrawn
                                          text (the new update
                                          notice replaces it)
    digest   digest:<week>:<member>       the warning among the    re-rendered    re-rendered
             (weeks that list the event)  week's events                           (marked
                                                                                  TILLBAKADRAGEN,
                                                                                  no text)
    review, moderation, answer, admin ... mail to moderators, admins and the reporter: left

By status:
    queued (new, or waiting for a retry after a 4xx), failed, held: not delivered, so the
        table's action is done here: re-rendered (same recipient, same own header lines
        and tokens, the current text) or withdrawn (deleted, never sent).
    sending: a courier holds the old bytes and the relay's answer decides. The row is
        re-rendered (or marked to be withdrawn) and recorded as overtaken; the courier
        settles it (digest/deliver/overtaken.py).
    sent: the member has the old text; the copy keeps its header lines only, and the
        member is one of the `readers` who get the update notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session

from digest.compose.message import Mailing
from digest.compose.restamp import headers_only
from digest.notices.rerender import Renderer, Row, rerender
from digest.weekly.week import current_week
from store.models import Event, EventComment, EventUpdate, Outbox, OutboxBody, OutboxOvertaken
from store.status import OutboxStatus, UpdateKind


class Act(StrEnum):
    RENDER = "render"        # the current text, for the same recipient
    WITHDRAW = "withdraw"    # not sent at all


# kind: (when the text or title is replaced, when the event is retracted)
POLICY: dict[str, tuple[Act, Act]] = {
    "notice": (Act.RENDER, Act.WITHDRAW),
    "comment": (Act.RENDER, Act.WITHDRAW),
    "update": (Act.WITHDRAW, Act.WITHDRAW),
    "digest": (Act.RENDER, Act.RENDER),
}
# Kinds whose delivered copy gave a member the event's text: they get the update notice.
READ = frozenset({"notice", "update", "digest"})
WAITING = (OutboxStatus.QUEUED, OutboxStatus.FAILED, OutboxStatus.HELD)


@dataclass(frozen=True)
class Change:
    event: Event
    update: EventUpdate       # the revision just made (flushed: it has its id)
    mailing: Mailing
    zone: str                 # the digest's time zone: which weeks list the event
    full_text: bool = True    # [notices] full_text, as the notices were first rendered


@dataclass(frozen=True)
class Outdated:
    rewritten: int                 # undelivered copies that now carry the current text
    withdrawn: int                 # undelivered copies deleted
    overtaken: tuple[Row, ...]     # being sent: settled by the relay's answer
    emptied: int                   # delivered copies left with header lines only
    readers: frozenset[int]        # members a delivered copy gave the earlier text

    def summary(self) -> str:
        """For the audit row: counts only."""
        return (f"undelivered mail: {self.rewritten} rewritten, {self.withdrawn} withdrawn, "
                f"{len(self.overtaken)} being sent")


def revisit(s: Session, change: Change) -> Outdated:
    """Bring every copy of mail about the event in line with the change (see the table)."""
    retracted = change.update.kind == UpdateKind.RETRACTION
    rows = _locked(s, _prefixes(s, change))
    acts = {r.id: POLICY[r.kind][retracted] for r in rows}
    render = [r for r in rows if acts[r.id] == Act.RENDER
              and (r.status in WAITING or r.status == OutboxStatus.SENDING)]
    renderer = Renderer(s, change.mailing, change.event, zone=change.zone,
                        full_text=change.full_text)
    gone = [r for r in rows if r.status in WAITING and acts[r.id] == Act.WITHDRAW]
    _delete(s, [r.id for r in gone])
    sent = [r for r in rows if r.status == OutboxStatus.SENT]
    old_bodies = {r.body_id for r in rows if r.body_id is not None}
    rerender(s, render, renderer)
    flying = tuple(r for r in rows if r.status == OutboxStatus.SENDING)
    # A copy being sent that the change withdraws is not stored with its text either.
    _empty(s, sent + [r for r in flying if acts[r.id] == Act.WITHDRAW], old_bodies)
    readers = frozenset(r.member for r in sent if r.kind in READ)
    return Outdated(len(render) - sum(r.status == OutboxStatus.SENDING for r in render),
                    len(gone), flying, len(sent), readers)


def overtake(s: Session, change: Change, flying: tuple[Row, ...],
             held: dict[int, int]) -> None:
    """Record the rows being sent, with the update notice each member's waits on."""
    if not flying:
        return
    retracted = change.update.kind == UpdateKind.RETRACTION
    t = OutboxOvertaken.__table__  # type: ignore[attr-defined]
    ids = [r.id for r in flying]
    s.execute(delete(t).where(t.c.outbox_id.in_(ids)))   # an earlier revision's
    s.execute(insert(t), [{"outbox_id": r.id, "update_id": change.update.id,
                           "withdraw": POLICY[r.kind][retracted] == Act.WITHDRAW,
                           "held_id": held.get(r.member), "at": change.update.at}
                          for r in flying])


def _prefixes(s: Session, change: Change) -> list[str]:
    event = change.event
    assert event.id is not None
    u = EventUpdate.__table__  # type: ignore[attr-defined]
    c = EventComment.__table__  # type: ignore[attr-defined]
    earlier = s.execute(select(u.c.id).where(u.c.event_id == event.id,
                                             u.c.id != change.update.id)).scalars()
    comments = s.execute(select(c.c.id).where(c.c.event_id == event.id)).scalars()
    weeks = {current_week(t, change.zone).label for t in _moments(s, event)}
    return [f"notice:{event.id}:", *(f"update:{u}:" for u in earlier),
            *(f"comment:{c}:" for c in comments), *(f"digest:{w}:" for w in sorted(weeks))]


def _moments(s: Session, event: Event) -> list[datetime]:
    """Whatever puts an event in a week's digest (digest/weekly/items.py)."""
    u = EventUpdate.__table__  # type: ignore[attr-defined]
    c = EventComment.__table__  # type: ignore[attr-defined]
    found = [t for t in (event.published_at, event.updated_at, event.retracted_at) if t]
    found += s.execute(select(u.c.at).where(u.c.event_id == event.id)).scalars()
    found += s.execute(select(c.c.published_at).where(c.c.event_id == event.id)).scalars()
    return found


def _locked(s: Session, prefixes: list[str]) -> list[Row]:
    """The rows, each locked before its status is read: a courier claims with SKIP LOCKED
    on PostgreSQL, and on SQLite the event's lock already holds the database's."""
    o = Outbox.__table__  # type: ignore[attr-defined]
    found = s.execute(update(o).where(_keys(o.c.dedupe_key, prefixes)).values(id=o.c.id)
                      .returning(o.c.id, o.c.dedupe_key, o.c.status, o.c.body_id))
    return sorted((Row(r.id, r.dedupe_key, r.status, r.body_id) for r in found),
                  key=lambda r: r.id)


def _keys(column: ColumnElement[str], prefixes: list[str]) -> ColumnElement[bool]:
    # Ranges on the unique index (as store.queries.notice_recipients), not LIKE.
    return or_(*((column >= p) & (column < p[:-1] + ";") for p in prefixes))


def _delete(s: Session, ids: list[int]) -> None:
    o = Outbox.__table__  # type: ignore[attr-defined]
    if ids:
        s.execute(delete(o).where(o.c.id.in_(ids)))


def _empty(s: Session, sent: list[Row], bodies: set[int]) -> None:
    """Delivered copies keep their header lines (a later update threads under their
    Message-ID); every body the rows shared held the old text and is now only theirs."""
    o = Outbox.__table__  # type: ignore[attr-defined]
    b = OutboxBody.__table__  # type: ignore[attr-defined]
    for row in sent:
        if row.body_id is None:
            raw = s.execute(select(o.c.raw).where(o.c.id == row.id)).scalar_one()
            s.execute(update(o).where(o.c.id == row.id).values(raw=headers_only(raw)))
    for body_id in bodies:
        raw = s.execute(select(b.c.raw).where(b.c.id == body_id)).scalar()
        if raw is not None:
            s.execute(update(b).where(b.c.id == body_id).values(raw=headers_only(raw)))
