"""Queued mail about an event rendered again from the event as it stands now.

Each kind of mailing is rendered as it was first (the same templates and stencils), from
its dedupe key: notice:<event>:<member>, comment:<comment>:<member> and
digest:<week>:<member>. A copy keeps its own header lines (digest/compose/restamp.py);
copies that share a stored body get one new body per mailing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlmodel import Session

from digest.compose.bulk import Stencil
from digest.compose.message import Mailing
from digest.compose.restamp import restamped
from digest.notices.comments import comment_stencil
from digest.notices.first import notice_stencil
from digest.weekly.items import Item, week_items
from digest.weekly.run import digest_draft
from digest.weekly.week import Week
from store.models import Event, Outbox, OutboxBody
from store.queries import event_comments, noticed_pairs

CHUNK = 2000   # ids per UPDATE


@dataclass(frozen=True)
class Row:
    """One outbox row about the event, as the revision found it."""

    id: int
    key: str
    status: str
    body_id: int | None

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def member(self) -> int:
        return int(self.key.rsplit(":", 1)[1])


class Renderer:
    """The current stencil for a row's dedupe key, each built once."""

    def __init__(self, s: Session, mailing: Mailing, event: Event, *, zone: str,
                 full_text: bool) -> None:
        self.s, self.mailing, self.event = s, mailing, event
        self.zone, self.full_text = zone, full_text
        self.made: dict[tuple[object, ...], Stencil] = {}
        self.weeks: dict[str, tuple[list[Item], set[tuple[int, int]]]] = {}

    def stencil(self, row: Row) -> Stencil:
        part = row.key.split(":")[1]
        noticed = self._noticed(part, row.member) if row.kind == "digest" else frozenset()
        key = (row.kind, "" if row.kind == "notice" else part, noticed)
        if key not in self.made:
            self.made[key] = self._make(row.kind, part, noticed)
        return self.made[key]

    def _make(self, kind: str, part: str, noticed: frozenset[int]) -> Stencil:
        identity = self.mailing.identity
        if kind == "notice":
            return notice_stencil(identity, self.event, self.mailing, full_text=self.full_text)
        if kind == "comment":
            return self._comment(int(part))
        if kind == "digest":
            week = Week.parse(part)
            return Stencil(identity, digest_draft(identity, week, self.zone,
                                                  self._week(part)[0], noticed))
        raise ValueError(f"no rendering for {kind} mail")

    def _comment(self, comment_id: int) -> Stencil:
        assert self.event.id is not None
        for comment, org_type in event_comments(self.s, self.event.id):
            if comment.id == comment_id:
                return comment_stencil(self.mailing.identity, self.event, comment, org_type)
        raise LookupError(f"comment {comment_id} of event {self.event.id}")

    def _week(self, label: str) -> tuple[list[Item], set[tuple[int, int]]]:
        if label not in self.weeks:
            items = week_items(self.s, Week.parse(label), self.zone)
            self.weeks[label] = items, noticed_pairs(self.s, [i.event_id for i in items])
        return self.weeks[label]

    def _noticed(self, label: str, member: int) -> frozenset[int]:
        # Which of the week's events this member got as notices (shortened in the digest).
        return frozenset(e for e, m in self._week(label)[1] if m == member)


def rerender(s: Session, rows: list[Row], renderer: Renderer) -> None:
    """Give each row the current shared part, keeping its own header lines."""
    o = Outbox.__table__  # type: ignore[attr-defined]
    shared: dict[Stencil, list[int]] = defaultdict(list)
    for row in rows:
        stencil = renderer.stencil(row)
        if row.body_id is not None:
            shared[stencil].append(row.id)
            continue
        raw = s.execute(select(o.c.raw).where(o.c.id == row.id)).scalar_one()
        s.execute(update(o).where(o.c.id == row.id)
                  .values(raw=restamped(raw, stencil.shared)))
    for stencil, ids in shared.items():
        # Always a new body row: a courier keeps bodies it read by id (deliver/lanes.py).
        body = OutboxBody(raw=stencil.shared)
        s.add(body)
        s.flush()
        for start in range(0, len(ids), CHUNK):
            s.execute(update(o).where(o.c.id.in_(ids[start:start + CHUNK]))
                      .values(body_id=body.id))
