"""A member's mail bounces: score it, and suspend the member when the score is too high.

Bounces come two ways: a DSN to vsn-bounces+<verp>@ (mailgate reads it and calls
record_bounce), or a 5xx from our own relay while sending (on_refused, below). A hard
failure (5.x.x: no such user) counts fully, a soft one (4.x.x: mailbox full) a little;
only bounces within the window count, so an old incident is forgotten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlmodel import Session

from digest.compose.message import Draft, Mailing, compose
from digest.compose.render import render_pair
from digest.deliver.courier import OnRefused, Refused
from digest.outbox import enqueue
from store import status
from store.models import Bounce, Member
from store.queries import lock_row, member_by_email
from store.status import MemberStatus
from store.types import utcnow

log = logging.getLogger(__name__)

WEIGHTS = {True: 1.0, False: 0.25}   # hard, soft


@dataclass(frozen=True)
class BouncePolicy:
    threshold: float = 3.0
    window_days: int = 30
    admins: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scored:
    score: float
    suspended: bool   # this bounce suspended the member


def record_bounce(s: Session, mailing: Mailing, policy: BouncePolicy, member: Member, *,
                  hard: bool, code: str, source: str) -> Scored:
    assert member.id is not None
    # Two bounces for one member at once (two workers, or a worker and a courier): the
    # second waits here and then scores both, so the threshold is met once, admins told once.
    lock_row(s, Member, member.id)
    s.refresh(member)
    s.add(Bounce(member_id=member.id, hard=hard, status=code[:16], source=source))
    s.flush()
    score = bounce_score(s, member.id, policy.window_days)
    member.bounce_score = score
    s.add(member)
    if score < policy.threshold or member.status != MemberStatus.ACTIVE:
        return Scored(score, False)
    status.check(member.status, MemberStatus.SUSPENDED)
    member.status = MemberStatus.SUSPENDED
    _tell_admins(s, mailing, policy, member, score)
    log.info("member %s suspended after bounces (score %.2f)", member.id, score)
    return Scored(score, True)


def bounce_score(s: Session, member_id: int, window_days: int) -> float:
    since = utcnow() - timedelta(days=window_days)
    t = Bounce.__table__  # type: ignore[attr-defined]
    rows = s.execute(select(t.c.hard, func.count()).where(
        t.c.member_id == member_id, t.c.at >= since).group_by(t.c.hard))
    return float(sum(WEIGHTS[bool(hard)] * count for hard, count in rows))


def on_refused(mailing: Mailing, policy: BouncePolicy) -> OnRefused:
    """A hook for Courier: a 5xx for a member's address counts as a hard bounce."""

    def hook(s: Session, refused: Refused) -> None:
        member = member_by_email(s, refused.rcpt)
        if member is None or refused.kind.startswith("admin"):
            return  # not a member (a reporter, a moderator): nothing to score
        code = f"{refused.code}" if refused.code else ""
        record_bounce(s, mailing, policy, member, hard=True, code=code, source="relay")

    return hook


def _tell_admins(s: Session, mailing: Mailing, policy: BouncePolicy, member: Member,
                 score: float) -> None:
    text, html = render_pair("admin/suspended", member=member, score=score,
                             threshold=policy.threshold, window_days=policy.window_days)
    for admin in policy.admins:
        draft = Draft(to=admin, subject="VSN: medlem avstängd efter studsar", text=text,
                      html=html)
        enqueue(s, "admin", mailing.bounces, compose(mailing.identity, draft))
