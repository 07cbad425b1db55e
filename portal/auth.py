"""Login by mailed link and server-side sessions.

A login link carries a token of the shared scheme (digest/tokens.py: 128 random bits, only
the SHA-256 stored) with purpose `login`, valid 15 minutes and spent by one conditional
UPDATE, so of two clicks exactly one logs in. The session cookie is another random value
whose hash names a `portal_session` row; the row ends on logout, after 12 idle hours, 7
days after login, or as soon as its member is no longer active.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, bindparam, update
from sqlalchemy import select as select_columns
from sqlmodel import Session, col, select

from portal.site import Site
from store.direct import Direct
from store.models import Member, Token
from store.portal import PortalAudit, PortalSession
from store.queries import member_by_email
from store.status import MemberStatus, TokenPurpose
from store.tokens import Grant, issue_many
from store.tokens import digest as token_digest
from store.types import utcnow

log = logging.getLogger(__name__)

LINK_LIFETIME = timedelta(minutes=15)
IDLE = timedelta(hours=12)
ABSOLUTE = timedelta(days=7)
# seen_at is written at most this often: a page view should not always be a write.
SEEN_STEP = timedelta(minutes=5)


@dataclass(frozen=True)
class Who:
    """The person behind a session, and what they may see."""

    session_id: int
    email: str
    csrf: str
    member_id: int | None
    member_status: str       # "" for staff without a member row
    moderator: bool
    admin: bool

    @property
    def active_member(self) -> bool:
        return self.member_id is not None and self.member_status == MemberStatus.ACTIVE


def member_of(s: Session, who: Who) -> Member | None:
    """The member row behind a session (the pages that change it load it)."""
    return s.get(Member, who.member_id) if who.member_id is not None else None


def may_log_in(s: Session, site: Site, email: str) -> Member | bool:
    """The active member row, True for staff without one, False for anyone else."""
    member = member_by_email(s, email)
    if member is not None and member.status == MemberStatus.ACTIVE:
        return member
    return site.is_staff(email)


def issue_link(s: Session, email: str, member: Member | None) -> str:
    object_id = member.id if member is not None and member.id is not None else 0
    (token,) = issue_many(s, [Grant(TokenPurpose.LOGIN, object_id, email)],
                          utcnow() + LINK_LIFETIME)
    return token


def spend_link(s: Session, token: str) -> tuple[str | None, str]:
    """The address a valid, unused link was issued to (now spent), or None and why not."""
    digest = token_digest(token)
    now = utcnow()
    spent = s.execute(update(Token).where(
        col(Token.digest) == digest, col(Token.purpose) == TokenPurpose.LOGIN,
        col(Token.used_at).is_(None), col(Token.revoked_at).is_(None),
        col(Token.expires_at) > now).values(used_at=now))
    row = s.exec(select(Token).where(col(Token.digest) == digest,
                                     col(Token.purpose) == TokenPurpose.LOGIN)).first()
    if row is None:
        return None, "unknown"
    if not spent.rowcount:  # type: ignore[attr-defined]
        return None, "used" if row.used_at is not None else "expired"
    return row.person, "ok"


REF_PREFIX, REF_LENGTH = "ref:", 12


def ref(address: str) -> str:
    """The reference standing for an address in audit rows: the same as mailgate's
    (mailgate/redact.py), which the portal does not import; tests/portal checks they agree."""
    digest = hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()
    return REF_PREFIX + digest[:REF_LENGTH]


def audit(s: Session, action: str, email: str, client: str, outcome: str) -> None:
    s.add(PortalAudit(action=action, actor=ref(email) if email else "", client=client,
                      outcome=outcome))


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def start_session(s: Session, email: str) -> str:
    """A new session for this address; returns the cookie value."""
    cookie = secrets.token_urlsafe(32)
    s.add(PortalSession(digest=_digest(cookie), email=email, csrf=secrets.token_urlsafe(24)))
    return cookie


_SESSION = PortalSession.__table__  # type: ignore[attr-defined]
_MEMBER = Member.__table__  # type: ignore[attr-defined]
# Built once: every page runs it, and building a statement (and its cache key) each time
# cost ten times more CPU than running it. The session and its member in one query. The
# portal's statements built once run on the session's connection: the same transaction,
# without the ORM's layer around it.
# Labelled, so that a page's own columns read along (`along`) keep their names.
_CURRENT = (select_columns(_SESSION.c.id.label("session_id"),
                           _SESSION.c.email.label("session_email"),
                           _SESSION.c.csrf.label("session_csrf"),
                           _SESSION.c.created_at.label("session_created_at"),
                           _SESSION.c.seen_at.label("session_seen_at"),
                           _MEMBER.c.id.label("member_id"),
                           _MEMBER.c.status.label("member_status"))
            .select_from(_SESSION.outerjoin(_MEMBER, _MEMBER.c.email == _SESSION.c.email))
            .where(_SESSION.c.digest == bindparam("digest"), _SESSION.c.ended_at.is_(None)))
_CURRENT_ONLY = Direct(_CURRENT)
SESSION_EMAIL = _SESSION.c.email   # for a page's columns that depend on who reads
_SEEN = update(_SESSION).where(_SESSION.c.id == bindparam("row")).values(
    seen_at=bindparam("now"))
_END = update(_SESSION).where(_SESSION.c.id == bindparam("row")).values(
    ended_at=bindparam("now"))


def along(*columns: ColumnElement[Any], join: tuple[Any, Any] | None = None) -> Direct:
    """The session's statement with a page's own first read in it (columns, and a table
    outer-joined on a condition): one round trip where there were two. Built once by the
    page; `current_along` runs it (on the driver's cursor: every page reads it)."""
    statement = _CURRENT.add_columns(*columns)
    return Direct(statement.outerjoin(*join) if join is not None else statement)


def current(s: Session, site: Site, cookie: str | None) -> Who | None:
    return current_along(s, site, cookie)[0]


def current_along(s: Session, site: Site, cookie: str | None,
                  statement: Direct | None = None,
                  values: Mapping[str, Any] | None = None) -> tuple[Who | None,
                                                                   Sequence[Any]]:
    """Who is behind the cookie, and the rows of `statement` (from `along`; the page's
    columns after the session's) when there is someone."""
    if not cookie:
        return None, ()
    rows = (statement or _CURRENT_ONLY).rows(s, {**(values or {}), "digest": _digest(cookie)})
    if not rows:
        return None, ()
    who = _who(s, site, rows[0])
    return who, rows if who is not None and statement is not None else ()


def _who(s: Session, site: Site, found: Row[Any]) -> Who | None:
    row_id, email, csrf, created_at, seen_at, member_id, member_status = found[:7]
    now = utcnow()
    if now - created_at > ABSOLUTE or now - seen_at > IDLE:
        s.execute(_END, {"row": row_id, "now": now})
        return None
    staff = site.is_staff(email)
    if not staff and (member_id is None or member_status != MemberStatus.ACTIVE):
        s.execute(_END, {"row": row_id, "now": now})   # suspended or left since: ends now
        return None
    if now - seen_at > SEEN_STEP:
        # Written only when the idle expiry moves by a step: a page view is not a write.
        s.execute(_SEEN, {"row": row_id, "now": now})
    return Who(row_id, email, csrf, member_id, member_status or "",
               email in site.moderators, email in site.admins)


def end_session(s: Session, session_id: int) -> None:
    s.execute(update(PortalSession).where(col(PortalSession.id) == session_id)
              .values(ended_at=utcnow()))


def end_sessions_of(s: Session, email: str) -> int:
    result = s.execute(update(PortalSession).where(
        col(PortalSession.email) == email, col(PortalSession.ended_at).is_(None))
        .values(ended_at=utcnow()))
    return int(result.rowcount)  # type: ignore[attr-defined]
