"""Our address forms, built and read in this one module.

    vsn+<purpose>-<token>@domain    a token reply (review, answer, comment, leave, ...)
    vsn-bounces+<verp>@domain       the envelope sender of one member's mail

Outgoing mail builds them here; mailgate/receive/routes.py reads incoming recipients with
the patterns made here, so the two can never drift apart.
"""

from __future__ import annotations

import re


def reply_address(base: str, purpose: str, token: str) -> str:
    """`base` is the reports address (vsn@domain)."""
    local, _, domain = base.partition("@")
    return f"{local}+{purpose}-{token}@{domain}"


def verp_address(bounces: str, token: str) -> str:
    """`bounces` is the bounce address (vsn-bounces@domain)."""
    local, _, domain = bounces.partition("@")
    return f"{local}+{token}@{domain}"


def reply_pattern(reports_local: str) -> re.Pattern[str]:
    """A local part of a token reply: groups `purpose` and `token`."""
    return re.compile(rf"^{re.escape(reports_local)}\+(?P<purpose>[a-z]+)-(?P<token>[a-z0-9]+)$")


def verp_pattern(bounces_local: str) -> re.Pattern[str]:
    """The bounce local part, with or without a VERP token: group `token`."""
    return re.compile(rf"^{re.escape(bounces_local)}(?:\+(?P<token>[a-z0-9._=-]+))?$")
