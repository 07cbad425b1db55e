"""Rate limits on login requests, per address and per client, counted in the store.

Both count the audit rows of requests within the window (store/portal.py PortalAudit), so
every portal process sharing the database sees the same count: with several processes
the limits hold as written, not once per process. A client is kept in the audit only as a
keyed hash; the key is a row of the store (PortalSecret "client"), the same for every
process, so one client's requests through different processes share one count.

Two requests counted at the same moment by two processes may both pass: the limit can be
overshot by the number of simultaneous requests, never multiplied by the processes.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from portal.auth import ref
from store.db import session
from store.portal import PortalAudit, PortalSecret
from store.types import utcnow

CLIENT_KEY = "client"


class ClientKey:
    """Keyed hashes of clients' addresses, with the key every process reads from the store.

    Read when the app is made (never inside a request's transaction, where a SQLite write
    lock could be held)."""

    def __init__(self, engine: Engine) -> None:
        self._key = bytes.fromhex(shared_secret(engine, CLIENT_KEY))

    def of(self, client: str) -> str:
        return hmac.new(self._key, client.encode(), hashlib.sha256).hexdigest()[:32]


def shared_secret(engine: Engine, name: str) -> str:
    """The named secret, made by whichever process asks first (an insert that does nothing
    when another process was quicker), in a transaction of its own."""
    with session(engine) as s:
        t = PortalSecret.__table__  # type: ignore[attr-defined]
        dialect = postgresql if s.get_bind().dialect.name == "postgresql" else sqlite
        s.execute(dialect.insert(t).values(name=name, value=secrets.token_hex(32),
                                           created_at=utcnow()).on_conflict_do_nothing())
    with session(engine) as s:
        row = s.get(PortalSecret, name)
        assert row is not None
        return row.value


def _requests_within(s: Session, window: timedelta, *where: object) -> int:
    count = s.execute(select(func.count()).select_from(PortalAudit).where(
        col(PortalAudit.action) == "request", col(PortalAudit.outcome) != "limited",
        col(PortalAudit.at) >= utcnow() - window, *where)).scalar()   # type: ignore[arg-type]
    return int(count or 0)


def address_allowed(s: Session, email: str, limit: int, window: timedelta) -> bool:
    return _requests_within(s, window, col(PortalAudit.actor) == ref(email)) < limit


def client_allowed(s: Session, client_key: str, limit: int, window: timedelta) -> bool:
    return _requests_within(s, window, col(PortalAudit.client) == client_key) < limit
