"""Wiring of the members' portal into `vsn serve` (the portal itself is portal/)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine

from mailgate.context import Context
from portal.server import PortalServer
from portal.site import Site


def portal_server(ctx: Context, engine: Engine, inbound_queued: Callable[[], None],
                  outbox_queued: Callable[[], None],
                  review_requested: Callable[[], None]) -> PortalServer | None:
    """The portal's server, not yet started; None when [portal] enabled = false."""
    settings = ctx.settings
    if not settings.portal.enabled:
        return None
    site = Site(engine=engine, settings=settings.portal, identity=ctx.identity,
                bounce_address=ctx.bounce_address,
                moderators=frozenset(settings.moderation.moderators),
                admins=frozenset(settings.moderation.admins), tiers=settings.tiers,
                inbound_queued=inbound_queued, outbox_queued=outbox_queued,
                review_requested=review_requested)
    return PortalServer(site)
