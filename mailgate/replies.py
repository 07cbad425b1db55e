"""Answers to people who wrote to us, rate-limited per address so that no one can make
the service mail a victim (or a loop) more than a few times a day.

Moderators and admins have a limit of their own, much higher: ten forged replies in a
moderator's name must not use up the explanations the real moderator needs that day."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from digest.compose.message import Draft, compose
from digest.compose.render import render_pair
from digest.outbox import enqueue
from mailgate.context import Context
from store.queries import replies_sent_since
from store.types import utcnow

# Outbox kinds that count towards the per-sender limit.
LIMITED_KINDS = ("ack", "answer")


def daily_limit(ctx: Context, rcpt: str) -> int:
    intake, moderation = ctx.settings.intake, ctx.settings.moderation
    staff = {a.lower() for a in (*moderation.moderators, *moderation.admins)}
    if rcpt.lower() in staff:
        return intake.replies_per_moderator_per_day
    return intake.replies_per_sender_per_day


def may_answer(s: Session, ctx: Context, rcpt: str) -> bool:
    since = utcnow() - timedelta(days=1)
    sent = replies_sent_since(s, rcpt, LIMITED_KINDS, since)
    return sent < daily_limit(ctx, rcpt)


def answer(s: Session, ctx: Context, rcpt: str, template: str, *, subject: str,
           kind: str = "answer", in_reply_to: str | None = None, limited: bool = True,
           reply_to: str | None = None, **context: object) -> bool:
    """Queue an auto-replied message built from templates/<template>; False if rate-limited."""
    if limited and not may_answer(s, ctx, rcpt):
        return False
    text, html = render_pair(template, **context)
    draft = Draft(to=rcpt, subject=subject, text=text, html=html, reply_to=reply_to,
                  auto_submitted="auto-replied", in_reply_to=in_reply_to or None)
    enqueue(s, kind, ctx.bounce_address, compose(ctx.identity, draft))
    return True
