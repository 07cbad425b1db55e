"""Which of our addresses a recipient is, as a visible table of patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from digest.compose import addresses
from digest.compose.addresses import reply_pattern, verp_pattern
from mailgate.config.settings import Gateway


class Box(StrEnum):
    REPORTS = "reports"      # vsn@
    REQUESTS = "requests"    # vsn-request@
    REPLY = "reply"          # vsn+<purpose>-<token>@
    BOUNCES = "bounces"      # vsn-bounces@ and vsn-bounces+<verp>@
    POSTMASTER = "postmaster"


@dataclass(frozen=True)
class Route:
    box: Box
    purpose: str = ""
    token: str = ""


def _patterns(g: Gateway) -> list[tuple[re.Pattern[str], Box]]:
    r, q = re.escape(g.reports), re.escape(g.requests)
    return [
        (verp_pattern(g.bounces), Box.BOUNCES),
        (re.compile(rf"^{q}$"), Box.REQUESTS),
        (reply_pattern(g.reports), Box.REPLY),
        (re.compile(rf"^{r}$"), Box.REPORTS),
        (re.compile(r"^(postmaster|abuse)$"), Box.POSTMASTER),
    ]


def route(address: str, gateway: Gateway) -> Route | None:
    """The route for one recipient, or None when it is not one of ours."""
    local, _, domain = address.strip().strip("<>").lower().rpartition("@")
    if domain != gateway.domain or not local:
        return None
    for pattern, box in _patterns(gateway):
        match = pattern.match(local)
        if match:
            found = match.groupdict()
            return Route(box, found.get("purpose") or "", found.get("token") or "")
    return None


def reply_address(gateway: Gateway, purpose: str, token: str) -> str:
    return addresses.reply_address(f"{gateway.reports}@{gateway.domain}", purpose, token)
