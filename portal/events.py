"""What members read: published events, filtered and paged; one event with its history;
search over the same index as SÖK by mail, with the matches marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import Row, bindparam, func, select
from sqlmodel import Session, col

from digest.compose.render import ZONE
from portal.auth import SESSION_EMAIL, along
from portal.comment import counts
from store.models import Event, EventComment, EventUpdate
from store.search import Ranked, rank, words
from store.status import EventStatus, Urgency

PER_PAGE = 20
URGENCIES = tuple(str(u) for u in Urgency)


@dataclass(frozen=True)
class Filters:
    urgency: str = ""
    region: str = ""
    verified: str = ""     # "ja", "nej" or ""
    since: date | None = None
    until: date | None = None

    def query(self) -> str:
        """The filters as URL parameters, for the page links."""
        pairs = [("bradska", self.urgency), ("region", self.region),
                 ("verifierad", self.verified),
                 ("fran", self.since.isoformat() if self.since else ""),
                 ("till", self.until.isoformat() if self.until else "")]
        return urlencode([(k, v) for k, v in pairs if v])


def read_filters(get: dict[str, str]) -> Filters:
    urgency = get.get("bradska", "")
    verified = get.get("verifierad", "")
    return Filters(urgency=urgency if urgency in URGENCIES else "",
                   region=get.get("region", "")[:128],
                   verified=verified if verified in ("ja", "nej") else "",
                   since=_date(get.get("fran", "")), until=_date(get.get("till", "")))


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=ZoneInfo(ZONE))


@dataclass(frozen=True)
class Paged:
    events: Sequence[Any]     # Event rows, or plain rows with the listed columns
    total: int
    page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // PER_PAGE))


def list_events(s: Session, f: Filters, page: int) -> Paged:
    conditions = [col(Event.status) == EventStatus.PUBLISHED]
    if f.urgency:
        conditions.append(col(Event.urgency) == f.urgency)
    if f.region:
        conditions.append(col(Event.region) == f.region)
    if f.verified:
        conditions.append(col(Event.verified).is_(f.verified == "ja"))
    if f.since:
        conditions.append(col(Event.published_at) >= _start_of(f.since))
    if f.until:
        conditions.append(col(Event.published_at) < _start_of(f.until + timedelta(days=1)))
    total = int(s.execute(select(func.count()).select_from(Event).where(*conditions))
                .scalar() or 0)
    page = min(max(page, 1), max(1, -(-total // PER_PAGE)))
    # Only what the list shows, as plain rows: building ORM objects cost more than the query.
    rows = s.execute(select(*_LISTED).where(*conditions)
                     .order_by(col(Event.published_at).desc(), col(Event.id).desc())
                     .offset((page - 1) * PER_PAGE).limit(PER_PAGE))
    return Paged(list(rows), total, page)


_LISTED_NAMES = ("id", "reference", "title", "urgency", "verified", "region", "published_at")
_LISTED = tuple(col(getattr(Event, name)) for name in _LISTED_NAMES)


def regions(s: Session) -> list[str]:
    """The regions of published events, for the filter (read from an index)."""
    rows = s.execute(select(col(Event.region)).where(
        col(Event.status) == EventStatus.PUBLISHED, col(Event.region) != "").distinct()
        .order_by(col(Event.region)))
    return [str(r[0]) for r in rows]


_EVENT = Event.__table__  # type: ignore[attr-defined]
_COMMENT = EventComment.__table__  # type: ignore[attr-defined]
_UPDATE = EventUpdate.__table__  # type: ignore[attr-defined]
# The event with what its body's cache key needs (portal/cache.py), in one query built once.
# By reference alone, status checked in Python: with both in the WHERE, SQLite's planner
# (no ANALYZE statistics) chose the status index and walked every event.
_SHOWN = select(
    *_EVENT.c,
    select(func.count()).where(_COMMENT.c.event_id == _EVENT.c.id)
    .scalar_subquery().label("comments"),
    select(func.max(_COMMENT.c.id)).where(_COMMENT.c.event_id == _EVENT.c.id)
    .scalar_subquery().label("last_comment"),
    select(func.max(_UPDATE.c.id)).where(_UPDATE.c.event_id == _EVENT.c.id)
    .scalar_subquery().label("last_update"),
).where(_EVENT.c.reference == bindparam("reference"))

# An event row as the portal shows it: every column of `event` by name (title, text,
# urgency, ...), then comments (how many), last_comment and last_update (newest ids).
Shown = Row[Any]


# The same with the member's waiting comments counted (portal/comment.py `counts`), for
# the event page: one round trip fewer on every page a member opens.
_HELD, _QUEUED = counts(_EVENT.c.id)
_SHOWN_FOR = _SHOWN.add_columns(_HELD.label("held"), _QUEUED.label("queued"))
WAITING_COLUMNS = 2   # the last columns of a row read with `email`


# The same again, read with the session (auth.along), the counts for whoever it is: the
# event page's GET in one round trip. (Joined by reference alone, status checked in Python,
# as above.)
_HELD_ALONG, _QUEUED_ALONG = counts(_EVENT.c.id, SESSION_EMAIL)
SHOWN_ALONG = along(*_SHOWN.selected_columns, _HELD_ALONG.label("held"),
                    _QUEUED_ALONG.label("queued"),
                    join=(_EVENT, _EVENT.c.reference == bindparam("reference")))


def published(s: Session, reference: str, email: str | None = None) -> Shown | None:
    """Only a published event: a retracted one is no longer shown to members. With
    `email`, the row ends with that member's held and queued counts (`held`, `queued`)."""
    if email is None:
        found = s.connection().execute(_SHOWN, {"reference": reference}).all()
    else:
        found = s.connection().execute(_SHOWN_FOR, {"reference": reference,
                                                    "email": email}).all()
    return published_in(found)


def published_in(rows: Sequence[Shown]) -> Shown | None:
    """The published event among rows read by reference (none: no such event shown)."""
    return next((e for e in rows if e.status == EventStatus.PUBLISHED), None)


_BODY_COLUMNS = len(_SHOWN.selected_columns)


def body_key(event: Shown) -> tuple[Any, ...]:
    """What an event's body is cached by (portal/cache.py): its row and the comments' and
    updates' columns, without the member's counts or the session read along with it."""
    return tuple(event)[-(_BODY_COLUMNS + WAITING_COLUMNS):-WAITING_COLUMNS]


@dataclass(frozen=True)
class Found(Paged):
    every: bool = True    # False: no event had every word, these have any of them


# What a hit shows, read in the ranking statement (store/search.py `rank`).
_HIT_NAMES = (*_LISTED_NAMES, "text")


def search(s: Session, query: str, page: int) -> Found:
    """Events with every word; when there are none, events with any (as SÖK by mail). A
    page past the last shows the last one."""
    every, page = True, max(page, 1)
    ranked = _ranked(s, query, page, every)
    if not ranked.total and len(words(query)) > 1:
        every = False
        ranked = _ranked(s, query, page, every)
    return Found(list(ranked.rows), ranked.total, ranked.offset // PER_PAGE + 1, every)


def _ranked(s: Session, query: str, page: int, every: bool) -> Ranked:
    return rank(s, query, PER_PAGE, (page - 1) * PER_PAGE, every=every, columns=_HIT_NAMES)
