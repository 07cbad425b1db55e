"""What the portal needs from the service, handed over by the wiring (mailgate never
reaches in here, and the portal never imports mailgate)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy.engine import Engine

from digest.compose.message import Identity
from digest.notices.tiers import DEFAULT_POLICY, TierPolicy
from portal.cache import Parts
from portal.frame import Frames
from portal.settings import PortalSettings
from store.db import make_reader

# Connections of the reading pages' own pool (PostgreSQL): as many as the pages' threads
# (portal/http.py THREADS), and as many again for bursts.
READER_POOL = 8


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class Site:
    engine: Engine
    settings: PortalSettings
    identity: Identity
    bounce_address: str
    moderators: frozenset[str]
    admins: frozenset[str]
    tiers: TierPolicy = DEFAULT_POLICY
    # Called after a comment was queued as inbound mail, so a worker takes it at once.
    inbound_queued: Callable[[], None] = field(default=_nothing)
    # Called after mail was queued in the outbox (login links), so a courier sends it now.
    outbox_queued: Callable[[], None] = field(default=_nothing)
    # Called after a moderator asked for a review mail (review_open), so the service sends
    # it now rather than at its next sweep.
    review_requested: Callable[[], None] = field(default=_nothing)
    # Rendered parts every member sees alike (portal/cache.py), this site's own.
    parts: Parts = field(default_factory=Parts, compare=False)
    # Layouts around those parts (portal/frame.py).
    frames: Frames = field(default_factory=Frames, compare=False)

    @cached_property
    def reader(self) -> Engine:
        """The engine for pages that only read (Rule.reads). PostgreSQL: a pool of its own
        (store.db.make_reader: autocommit, no pre-ping, which cost a tenth of a millisecond
        of the database's CPU per page); a connection the database closed fails its first
        use, and portal/http.py reads the page again on a new one.
        SQLite: the service's engine, which sends no BEGIN for a read anyway (switching its
        connections to autocommit and back cost PRAGMAs per request, a third less
        throughput on the events list) and has no server to lose."""
        if self.engine.dialect.name != "postgresql":
            return self.engine
        return make_reader(self.engine.url, READER_POOL)

    def close(self) -> None:
        """Close the reading pages' own pool, if there is one and it was opened."""
        reader = self.__dict__.get("reader")
        if reader is not None and reader is not self.engine:
            reader.dispose()

    def is_staff(self, email: str) -> bool:
        return email in self.moderators or email in self.admins
