"""Who has a held report open, so that two moderators do not do the same work.

A moderator has a report open when, within `[portal] open_minutes`:

    they asked in the portal for its review mail     review_open.opened_at
    they acted on it by mail without deciding        an accepted decision row on the held
      (FRÅGA, a new text reviewed again, an            report (its actor is the address's
      approval the rescan stopped)                     reference, as in every audit row)
    and for as long as their question to the reporter waits for an answer.

Deciding takes the report out of the queue, and with it every mark. Asking for the review
mail only writes a row (`request`); the service sends the mail (mailgate/hold/requested.py),
since composing a review is mailgate's work and the portal never imports mailgate.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from digest.compose.render import ZONE
from portal.auth import ref
from portal.site import Site
from store.models import Decision, Member, Question
from store.portal import ReviewOpen
from store.types import utcnow


@dataclass(frozen=True)
class Opener:
    email: str
    name: str          # the member row's name when the moderator has one, else the address
    since: datetime

    @property
    def since_sv(self) -> str:
        """"14:05" today, "2 dec 14:05" before (an unanswered question can be old)."""
        local = self.since.astimezone(ZoneInfo(ZONE))
        today = utcnow().astimezone(ZoneInfo(ZONE)).date()
        clock = f"{local:%H:%M}"
        return clock if local.date() == today else f"{local.day} {MONTHS[local.month - 1]} {clock}"


MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def openers(s: Session, site: Site, report_ids: list[int]) -> dict[int, list[Opener]]:
    """Per held report, the moderators who have it open, latest first."""
    if not report_ids:
        return {}
    cut = utcnow() - timedelta(minutes=site.settings.open_minutes)
    latest: dict[tuple[int, str], datetime] = {}
    for report_id, email, at in _marks(s, site, report_ids, cut):
        key = (report_id, email)
        latest[key] = max(at, latest.get(key, at))
    names = _names(s, {email for _, email in latest})
    found: dict[int, list[Opener]] = defaultdict(list)
    for (report_id, email), at in sorted(latest.items(), key=lambda kv: kv[1], reverse=True):
        found[report_id].append(Opener(email, names.get(email) or email, at))
    return found


def _marks(s: Session, site: Site, ids: list[int],
           cut: datetime) -> list[tuple[int, str, datetime]]:
    by_ref = {ref(m): m for m in site.moderators}
    asked = s.exec(select(ReviewOpen.report_id, ReviewOpen.moderator, ReviewOpen.opened_at)
                   .where(col(ReviewOpen.report_id).in_(ids),
                          col(ReviewOpen.opened_at) >= cut)).all()
    acted = s.exec(select(Decision.report_id, Decision.actor, Decision.at).where(
        col(Decision.report_id).in_(ids), col(Decision.accepted).is_(True),
        col(Decision.actor).in_(list(by_ref)), col(Decision.at) >= cut)).all()
    waiting = s.exec(select(Question.report_id, Question.asked_by, Question.asked_at).where(
        col(Question.report_id).in_(ids), col(Question.answered_at).is_(None))).all()
    return [*((r, m, at) for r, m, at in asked if m in site.moderators),
            *((r or 0, by_ref[a], at) for r, a, at in acted),
            *((r, m, at) for r, m, at in waiting if m in site.moderators)]


def _names(s: Session, emails: set[str]) -> dict[str, str]:
    if not emails:
        return {}
    rows = s.exec(select(Member.email, Member.name).where(col(Member.email).in_(emails)))
    return {email: name for email, name in rows if name}


def request(s: Session, report_id: int, moderator: str) -> None:
    """Mark the report open by this moderator and ask the service for their review mail; a
    second click while one is owed asks for no more than one mail."""
    t = ReviewOpen.__table__  # type: ignore[attr-defined]
    dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
    now = utcnow()
    s.execute(dialect.insert(t).values(report_id=report_id, moderator=moderator,
                                       opened_at=now, requested_at=now)
              .on_conflict_do_update(index_elements=["report_id", "moderator"],
                                     set_={"opened_at": now, "requested_at": now}))
