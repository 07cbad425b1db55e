"""Rate limits on login requests: per address (counted in the audit rows, so every process
sees the same count and a member's mailbox cannot be flooded with links) and per client
(in this process's memory: cheap, and enough to slow one client guessing addresses)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections import deque
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from portal.auth import ref
from store.portal import PortalAudit
from store.types import utcnow


class ClientLimit:
    def __init__(self, limit: int, window: timedelta) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()
        # Clients are kept as keyed hashes: the audit shows requests from one place
        # without keeping the address itself.
        self._key = secrets.token_bytes(16)

    def key(self, client: str) -> str:
        return hmac.new(self._key, client.encode(), hashlib.sha256).hexdigest()[:32]

    def allow(self, client_key: str) -> bool:
        now = utcnow()
        with self._lock:
            seen = self._seen.setdefault(client_key, deque())
            while seen and now - seen[0] > self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return False
            seen.append(now)
            if len(self._seen) > 10_000:   # forget idle clients, bounded memory
                for k in [k for k, v in self._seen.items() if not v]:
                    del self._seen[k]
            return True


def address_allowed(s: Session, email: str, limit: int, window: timedelta) -> bool:
    since = utcnow() - window
    count = s.execute(select(func.count()).select_from(PortalAudit).where(
        col(PortalAudit.action) == "request", col(PortalAudit.actor) == ref(email),
        col(PortalAudit.outcome) != "limited", col(PortalAudit.at) >= since)).scalar()
    return int(count or 0) < limit
