"""The digest layer's view of the settings: who we are on the wire, admins, bounce policy."""

from __future__ import annotations

from digest.compose.message import Mailing
from digest.deliver.bounces import BouncePolicy
from digest.weekly.week import WeeklyAt
from mailgate.config.settings import Settings
from mailgate.context import Context


def mailing(ctx: Context) -> Mailing:
    return Mailing(ctx.identity, ctx.bounce_address)


def admins(settings: Settings) -> tuple[str, ...]:
    """Who decides applications and hears of suspensions: the admins, else the moderators."""
    return settings.moderation.admins or settings.moderation.moderators


def bounce_policy(settings: Settings) -> BouncePolicy:
    m = settings.members
    return BouncePolicy(m.bounce_threshold, m.bounce_window_days, admins(settings))


def weekly_at(settings: Settings) -> WeeklyAt:
    d = settings.digest
    return WeeklyAt(d.weekday, d.hour, d.minute, d.timezone)
