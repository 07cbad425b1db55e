"""The weekly digest: one per member per ISO week, guaranteed by the store.

A member's digest is claimed by inserting (member, week) into the `digest` table, whose
unique key refuses a second one; the claim, the unsubscribe token and the outbox row are
committed together, a chunk of members at a time. So a run that crashes half-way, or a
second process running the same week at the same moment, sends each member exactly one.

Members differ only in which of the week's events they already got as notices, so the
body is rendered once per such group, not once per member.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session

from digest.compose.bulk import Copy, Personal, Stencil, queue_copies
from digest.compose.message import Draft, Identity, Mailing
from digest.compose.render import render_pair
from digest.weekly.items import Item, sections, week_items
from digest.weekly.week import Week
from store.db import session
from store.models import DigestRun, DigestSent, Member
from store.queries import noticed_pairs
from store.status import MemberStatus, TokenPurpose
from store.tokens import Grant, issue_many
from store.types import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reader:
    id: int
    email: str
    verp: str


@dataclass(frozen=True)
class RunResult:
    week: str
    items: int
    queued: int


def run_week(engine: Engine, mailing: Mailing, week: Week, zone: str, *,
             token_days: int = 90, chunk: int = 1000) -> RunResult:
    """Queue this week's digest for every member who has none yet; safe to run again."""
    with session(engine) as s:
        items = week_items(s, week, zone)
        _begin(s, week, len(items))
        readers = _readers(s, week) if items else []
        noticed = noticed_pairs(s, [i.event_id for i in items])
    queued = 0
    if readers:
        stencils = _stencils(mailing.identity, week, zone, items, readers, noticed)
        expires = utcnow() + timedelta(days=token_days)
        for start in range(0, len(readers), chunk):
            with session(engine) as s:
                queued += _queue(s, mailing, week, readers[start:start + chunk], stencils,
                                 expires)
    with session(engine) as s:
        _finish(s, week, queued)
    log.info("digest %s: %d items, %d queued", week.label, len(items), queued)
    return RunResult(week.label, len(items), queued)


def digest_draft(identity: Identity, week: Week, zone: str, items: list[Item],
                 noticed: frozenset[int]) -> Draft:
    start, end = week.bounds(zone)
    text, html = render_pair("member/digest", week=week, start=start,
                             last=end - timedelta(seconds=1), sections=sections(items),
                             count=len(items), noticed=noticed, requests=identity.requests,
                             portal=identity.portal_url)
    subject = f"VSN veckosammanfattning vecka {week.number}: {_count_sv(len(items))}"
    return Draft(to="", subject=subject, text=text, html=html, bulk=True,
                 headers=(("X-VSN-Digest", week.label),))


def _count_sv(n: int) -> str:
    return "1 händelse" if n == 1 else f"{n} händelser"


def _readers(s: Session, week: Week) -> list[Reader]:
    m = Member.__table__  # type: ignore[attr-defined]
    d = DigestSent.__table__  # type: ignore[attr-defined]
    done = select(d.c.member_id).where(d.c.week == week.label)
    rows = s.execute(select(m.c.id, m.c.email, m.c.verp).where(
        m.c.status == MemberStatus.ACTIVE, m.c.digest.is_(True), m.c.id.not_in(done))
        .order_by(m.c.id))
    return [Reader(r.id, r.email, r.verp) for r in rows]


def _stencils(identity: Identity, week: Week, zone: str, items: list[Item],
              readers: list[Reader], noticed: set[tuple[int, int]]
              ) -> dict[int, Stencil]:
    by_member: dict[int, set[int]] = defaultdict(set)
    for event_id, member_id in noticed:
        by_member[member_id].add(event_id)
    cache: dict[frozenset[int], Stencil] = {}
    chosen: dict[int, Stencil] = {}
    for r in readers:
        key = frozenset(by_member.get(r.id, ()))
        if key not in cache:
            cache[key] = Stencil(identity, digest_draft(identity, week, zone, items, key))
        chosen[r.id] = cache[key]
    return chosen


def _queue(s: Session, mailing: Mailing, week: Week, readers: list[Reader],
           stencils: dict[int, Stencil], expires: datetime) -> int:
    claimed = set(_claim(s, week, [r.id for r in readers]))
    mine = [r for r in readers if r.id in claimed]
    leave = issue_many(s, [Grant(TokenPurpose.UNSUBSCRIBE, r.id, r.email) for r in mine],
                       expires)
    groups: dict[Stencil, list[Copy]] = defaultdict(list)
    for r, token in zip(mine, leave, strict=True):
        groups[stencils[r.id]].append(Copy(
            Personal(r.email, None, *mailing.unsubscribe(token)),
            mailing.verp(r.verp), f"digest:{week.label}:{r.id}"))
    for stencil, copies in groups.items():
        queue_copies(s, stencil, "digest", copies)
    return len(mine)


def _claim(s: Session, week: Week, member_ids: list[int]) -> list[int]:
    """Insert (member, week) rows; returns the members this call got (not already there)."""
    t = DigestSent.__table__  # type: ignore[attr-defined]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    now = utcnow()
    stmt = dialect.insert(t).on_conflict_do_nothing().returning(t.c.member_id)
    rows = s.execute(stmt, [{"member_id": m, "week": week.label, "created_at": now}
                            for m in member_ids])
    return [r[0] for r in rows]


def unfinished(s: Session) -> Week | None:
    """The latest week whose run started but never finished (a crash mid-run)."""
    t = DigestRun.__table__  # type: ignore[attr-defined]
    row = s.execute(select(t.c.week).where(t.c.finished_at.is_(None))
                    .order_by(t.c.started_at.desc()).limit(1)).first()
    return Week.parse(row[0]) if row else None


def _begin(s: Session, week: Week, items: int) -> None:
    t = DigestRun.__table__  # type: ignore[attr-defined]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    s.execute(dialect.insert(t).on_conflict_do_nothing().values(
        week=week.label, started_at=utcnow(), items=items, queued=0))


def _finish(s: Session, week: Week, queued: int) -> None:
    t = DigestRun.__table__  # type: ignore[attr-defined]
    s.execute(update(t).where(t.c.week == week.label).values(
        finished_at=utcnow(), queued=t.c.queued + queued))
