"""What members read: published events, filtered and paged; one event with its history;
search over the same index as SÖK by mail, with the matches marked."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlmodel import Session, col
from sqlmodel import select as select_rows

from digest.compose.render import ZONE
from store.models import Event
from store.search import count_matches, search_events, words
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


_LISTED = tuple(col(c) for c in (Event.id, Event.reference, Event.title, Event.urgency,
                                 Event.verified, Event.region, Event.published_at))


def regions(s: Session) -> list[str]:
    """The regions of published events, for the filter (read from an index)."""
    rows = s.execute(select(col(Event.region)).where(
        col(Event.status) == EventStatus.PUBLISHED, col(Event.region) != "").distinct()
        .order_by(col(Event.region)))
    return [str(r[0]) for r in rows]


def published(s: Session, reference: str) -> Event | None:
    """Only a published event: a retracted one is no longer shown to members."""
    # By reference alone, status checked here: with both in the WHERE, SQLite's planner
    # (no ANALYZE statistics) chose the status index and walked every event.
    found = s.exec(select_rows(Event).where(col(Event.reference) == reference)).all()
    return next((e for e in found if e.status == EventStatus.PUBLISHED), None)


@dataclass(frozen=True)
class Found(Paged):
    every: bool = True    # False: no event had every word, these have any of them


def search(s: Session, query: str, page: int) -> Found:
    """Events with every word; when there are none, events with any (as SÖK by mail)."""
    every = True
    total = count_matches(s, query, every=True)
    if not total and len(words(query)) > 1:
        every, total = False, count_matches(s, query)
    page = min(max(page, 1), max(1, -(-total // PER_PAGE)))
    found = search_events(s, query, PER_PAGE, (page - 1) * PER_PAGE,
                          every=every) if total else []
    return Found(found, total, page, every)


def highlight(text: str, query: str) -> Markup:
    """The text, escaped, with every word starting like a searched word in <mark>."""
    found = words(query)
    if not found:
        return escape(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in found) + r")\w*",
                         re.IGNORECASE)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def excerpt(text: str, query: str, width: int = 300) -> str:
    """About `width` characters of the text around its first match."""
    found = words(query)
    lower = text.lower()
    starts = [i for i in (lower.find(w) for w in found) if i >= 0]
    start = max(0, min(starts) - width // 3) if starts else 0
    cut = text[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")
