"""What kind of mail this is: a table of checks, first match wins."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from digest.compose import LOOP_HEADER
from mailgate.parse import Mail
from mailgate.receive.routes import Box, Route, route
from mailgate.settings import Settings
from store.status import Kind

REVIEW_TAG = re.compile(r"\[VSN-granskning (\d{4}-\d{4,})\]", re.I)
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatiskt svar|autosvar|frånvarande|fr[aå]nvaro|out of (the )?office|"
    r"autoreply|auto-reply|automatic reply|abwesenheit|delivery status notification|"
    r"undeliverable|olevererbart|kan inte levereras|returned mail)\b", re.I)
_MACHINE_SENDER = re.compile(r"^(mailer-daemon|postmaster|no-?reply|noreply)@", re.I)


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True)
class Triage:
    kind: Kind
    route: Route | None
    reason: str


_PRIORITY = (Box.REPLY, Box.REQUESTS, Box.REPORTS, Box.BOUNCES, Box.POSTMASTER)


def main_route(envelope: Envelope, settings: Settings) -> Route | None:
    routes = [r for r in (route(a, settings.gateway) for a in envelope.rcpt_tos) if r]
    routes.sort(key=lambda r: _PRIORITY.index(r.box))
    return routes[0] if routes else None


def _is_loop(mail: Mail, env: Envelope, s: Settings) -> str:
    if mail.header(LOOP_HEADER).lower() == s.gateway.domain:
        return "carries our loop header"
    if mail.sender and route(mail.sender, s.gateway) is not None:
        return "sent from one of our own addresses"
    return ""


def _is_bounce(mail: Mail, env: Envelope, s: Settings) -> str:
    ctype = mail.message.get_content_type()
    if ctype == "multipart/report" and \
            mail.message.get_param("report-type", "").lower() == "delivery-status":
        return "delivery status notification"
    r = main_route(env, s)
    if r is not None and r.box == Box.BOUNCES:
        return "sent to the bounce address"
    return ""


def _is_auto(mail: Mail, env: Envelope, s: Settings) -> str:
    auto = mail.header("Auto-Submitted").lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    if mail.header("Precedence").lower() in {"bulk", "junk", "auto_reply", "list"}:
        return "Precedence header"
    if mail.header("X-Auto-Response-Suppress") or mail.header("X-Autoreply") \
            or mail.header("X-Autorespond"):
        return "auto-response header"
    if env.mail_from in {"", "<>"}:
        return "empty envelope sender"
    if _MACHINE_SENDER.match(mail.sender) or _MACHINE_SENDER.match(env.mail_from):
        return "machine sender"
    if _AUTO_SUBJECT.match(mail.subject):
        return "automatic subject"
    return ""


def _is_junk(mail: Mail, env: Envelope, s: Settings) -> str:
    if not mail.sender:
        return "no usable sender"
    if not mail.text.strip() and not mail.subject.strip() and not mail.attachments:
        return "no content"
    return ""


# Order matters: a loop or a machine must never be answered, whatever it is addressed to.
CHECKS: list[tuple[Callable[[Mail, Envelope, Settings], str], Kind]] = [
    (_is_loop, Kind.LOOP),
    (_is_bounce, Kind.BOUNCE),
    (_is_auto, Kind.AUTO_REPLY),
    (_is_junk, Kind.JUNK),
]

REPLY_PURPOSES = {"review": Kind.DECISION, "comment": Kind.COMMENT}


def classify(mail: Mail, envelope: Envelope, settings: Settings) -> Triage:
    r = main_route(envelope, settings)
    for check, kind in CHECKS:
        reason = check(mail, envelope, settings)
        if reason:
            return Triage(kind, r, reason)
    if r is None:
        return Triage(Kind.JUNK, None, "not addressed to a VSN address")
    if r.box == Box.REPLY:
        kind = REPLY_PURPOSES.get(r.purpose)
        return Triage(kind or Kind.JUNK, r, f"reply address ({r.purpose})")
    if r.box == Box.REQUESTS:
        return Triage(Kind.COMMAND, r, "sent to the request address")
    if r.box == Box.POSTMASTER:
        return Triage(Kind.JUNK, r, "postmaster mail, kept for the operator")
    if REVIEW_TAG.search(mail.subject):
        return Triage(Kind.DECISION, r, "review tag in subject (no authority without token)")
    return Triage(Kind.REPORT, r, "sent to the report address")
