"""What every handler needs: the settings and who we are on the wire."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from digest.compose.message import Identity
from mailgate.config.settings import Settings


@dataclass(frozen=True)
class Context:
    settings: Settings

    @property
    def identity(self) -> Identity:
        g = self.settings.gateway
        portal = self.settings.portal
        return Identity(domain=g.domain, address=self.settings.address(g.reports),
                        display_name=g.display_name,
                        requests=self.settings.address(g.requests),
                        portal_url=portal.base_url if portal.enabled else "")

    @property
    def bounce_address(self) -> str:
        return self.settings.address(self.settings.gateway.bounces)

    @property
    def hold_time(self) -> timedelta:
        return timedelta(days=self.settings.moderation.max_hold_days)
