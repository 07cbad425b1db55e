"""Mail to the operators (the admins, else the moderators) when the service needs a person."""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from store.db import session

log = logging.getLogger(__name__)


def operators(ctx: Context) -> tuple[str, ...]:
    m = ctx.settings.moderation
    return m.admins or m.moderators


def alert_operators(engine: Engine, ctx: Context, template: str, subject: str,
                    **context: object) -> None:
    """Queue templates/<template> to every operator; never raises (it reports failures)."""
    try:
        with session(engine) as s:
            for rcpt in operators(ctx):
                text, html = render_pair(template, **context)
                draft = Draft(to=rcpt, subject=subject, text=text, html=html)
                enqueue(s, "alert", ctx.bounce_address, compose(ctx.identity, draft))
    except Exception as exc:  # the alert is best effort; the log keeps the trace
        log.error("could not queue an operator alert: %s", type(exc).__name__)
