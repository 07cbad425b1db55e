"""What a week's digest holds: events published, changed or commented on in that week."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col, select

from digest.weekly.week import Week
from store.models import Event, EventComment, EventUpdate
from store.status import EventStatus, Urgency

ORDER = (Urgency.RED, Urgency.YELLOW, Urgency.GREEN)


@dataclass(frozen=True)
class Note:
    """A correction or retraction made in the week, as the moderator worded it."""

    kind: str          # "correction" or "retraction"
    text: str
    at: datetime
    replaced: bool = False   # the event's text was replaced (the old one is kept nowhere)


@dataclass(frozen=True)
class Item:
    event_id: int
    reference: str
    title: str
    text: str
    urgency: str
    verified: bool
    region: str
    published_at: datetime
    new: bool                      # published in this week
    updated: bool                  # corrected in this week
    retracted: bool
    comments: tuple[str, ...]      # approved in this week
    notes: tuple[Note, ...] = ()   # corrections and retractions in this week
    corrected: bool = False        # corrected at any time: the text shown is the corrected one
    what: str = ""                 # the warning's parts (warning-mail)
    advice: str = ""


@dataclass(frozen=True)
class Section:
    urgency: str
    items: tuple[Item, ...]


def week_items(s: Session, week: Week, zone: str) -> list[Item]:
    start, end = week.bounds(zone)
    comments = _comments(s, start, end)
    notes = _notes(s, start, end)
    events = s.exec(select(Event).where(or_(
        _within(col(Event.published_at), start, end),
        _within(col(Event.updated_at), start, end),
        _within(col(Event.retracted_at), start, end),
        col(Event.id).in_(list(comments) + list(notes)),
    ))).all()
    items = [_item(e, start, end, comments.get(e.id or 0, ()), notes.get(e.id or 0, ()))
             for e in events]
    return sorted(items, key=lambda i: (_rank(i.urgency), i.published_at, i.event_id))


def sections(items: list[Item]) -> list[Section]:
    """Items grouped by urgency, red first; empty groups left out."""
    grouped = [Section(u, tuple(i for i in items if i.urgency == u)) for u in ORDER]
    return [g for g in grouped if g.items]


def _within(column: Any, start: datetime, end: datetime) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def _comments(s: Session, start: datetime, end: datetime) -> dict[int, tuple[str, ...]]:
    rows = s.exec(select(EventComment).where(
        col(EventComment.published_at) >= start, col(EventComment.published_at) < end)
        .order_by(col(EventComment.published_at))).all()
    found: dict[int, list[str]] = defaultdict(list)
    for row in rows:
        found[row.event_id].append(row.text)
    return {k: tuple(v) for k, v in found.items()}


def _notes(s: Session, start: datetime, end: datetime) -> dict[int, tuple[Note, ...]]:
    rows = s.exec(select(EventUpdate).where(col(EventUpdate.at) >= start,
                                            col(EventUpdate.at) < end)
                  .order_by(col(EventUpdate.at))).all()
    found: dict[int, list[Note]] = defaultdict(list)
    for row in rows:
        found[row.event_id].append(Note(row.kind, row.text, row.at, bool(row.replaced_sha256)))
    return {k: tuple(v) for k, v in found.items()}


def _item(e: Event, start: datetime, end: datetime, comments: tuple[str, ...],
          notes: tuple[Note, ...]) -> Item:
    assert e.id is not None

    def inside(when: datetime | None) -> bool:
        return when is not None and start <= when < end

    return Item(
        event_id=e.id, reference=e.reference, title=e.title, text=e.text, urgency=e.urgency,
        verified=e.verified, region=e.region, published_at=e.published_at,
        new=inside(e.published_at),
        updated=inside(e.updated_at) or any(n.kind == "correction" for n in notes),
        retracted=e.status == EventStatus.RETRACTED, comments=comments, notes=notes,
        corrected=e.updated_at is not None or any(n.kind == "correction" for n in notes),
        what=e.what, advice=e.advice,
    )


def _rank(urgency: str) -> int:
    return ORDER.index(Urgency(urgency)) if urgency in set(ORDER) else len(ORDER)
