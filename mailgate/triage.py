"""What kind of mail this is: a table of checks, first match wins.

Machines first: a loop, a bounce or an automatic answer must never be answered, whatever
address it reached. Then the route decides. Threading headers and subject tags only ever
*classify* a reply; the authority to decide comes from the token address alone (moderate.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from digest.compose.message import LOOP_HEADER
from mailgate.config.settings import Settings
from mailgate.parse import Mail
from mailgate.parse.reply_text import fold, new_part
from mailgate.receive.routes import Box, Route, route
from store.blocks import blocked
from store.status import Kind

REVIEW_TAG = re.compile(r"\[VSN-granskning (\d{4}-\d{4,})\]", re.I)
# Review mails carry Message-IDs of this shape, so a reply's In-Reply-To names one without a DB.
REVIEW_ID = re.compile(r"^<?review\.[^@<>\s]+@(?P<domain>[^<>\s]+)>?$", re.I)
_PREFIX = r"^\s*(?:(?:re|sv|aw|vs)\s*:\s*)*"
AUTO_SUBJECTS = re.compile(_PREFIX + r"(?:automatiskt svar|autosvar|frånvarande|frånvaro|"
                           r"out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponse|"
                           r"abwesenheit|poissa)\b", re.I)
BOUNCE_SUBJECTS = re.compile(_PREFIX + r"(?:undeliverable|olevererbart|ej levererat|"
                             r"delivery status notification|undelivered mail|returned mail|"
                             r"mail delivery (?:failed|failure)|delivery (?:has )?failed|"
                             r"kan inte levereras|det gick inte att leverera|failure notice)\b",
                             re.I)
MACHINE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.I)
AUTO_PRECEDENCE = {"bulk", "junk", "auto_reply"}
AUTO_HEADERS = ("X-Auto-Response-Suppress", "X-Autoreply", "X-Autorespond")


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]


@dataclass(frozen=True)
class Triage:
    kind: Kind
    route: Route | None
    reason: str


Check = Callable[[Mail, Envelope, Settings], str]
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
    if env.mail_from and route(env.mail_from, s.gateway) is not None:
        return "envelope sender is one of our own addresses"
    return ""


def _is_bounce(mail: Mail, env: Envelope, s: Settings) -> str:
    message = mail.message
    if message.get_content_type() == "multipart/report" and \
            str(message.get_param("report-type", "")).lower() == "delivery-status":
        return "delivery status notification"
    r = main_route(env, s)
    if r is not None and r.box == Box.BOUNCES:
        return "sent to the bounce address"
    machine = _empty(env.mail_from) or MACHINE_SENDER.match(mail.sender)
    if machine and BOUNCE_SUBJECTS.match(mail.subject):
        return "non-delivery report without a DSN part"
    return ""


def _is_auto(mail: Mail, env: Envelope, s: Settings) -> str:
    auto = mail.header("Auto-Submitted").lower()
    if auto and auto != "no":
        # Only the RFC 3834 keyword: the header is the sender's text and reasons are logged.
        keyword = re.match(r"[a-z-]{1,32}", auto)
        return f"Auto-Submitted: {keyword.group(0) if keyword else 'other'}"
    if mail.header("Precedence").lower() in AUTO_PRECEDENCE:
        return "Precedence header"
    if any(mail.header(name) for name in AUTO_HEADERS):
        return "auto-response header"
    if _empty(env.mail_from):
        return "empty envelope sender"
    if MACHINE_SENDER.match(mail.sender) or MACHINE_SENDER.match(env.mail_from):
        return "machine sender"
    if AUTO_SUBJECTS.match(mail.subject):
        return "automatic subject"
    return ""


# A mail to vsn@ whose whole subject or body is one of these words (folded) is a command
# for vsn-request@, as is a mail with neither subject nor body: it is answered, never held
# as an empty report. Anything more than the word is a report, as before.
COMMANDS_TO_REPORTS = frozenset({"avregistrera", "avanmal", "avsluta", "unsubscribe",
                                 "leave", "hjalp", "help"})


def _is_command_to_reports(mail: Mail, env: Envelope, s: Settings) -> str:
    r = main_route(env, s)
    if r is None or r.box != Box.REPORTS or not mail.sender or mail.attachments:
        return ""
    subject = fold(re.sub(_PREFIX, "", mail.subject, flags=re.I)).strip(" .!:\t")
    body = fold(" ".join(line.strip() for line in new_part(mail.text) if line.strip()))
    said = {word for word in (subject, body.strip(" .!:")) if word}
    if not said:
        return "neither subject nor text, sent to the report address"
    if said <= COMMANDS_TO_REPORTS:
        return "a command word sent to the report address"
    return ""


def _is_spam(mail: Mail, env: Envelope, s: Settings) -> str:
    # The relay in front scanned it; a sender who writes the header itself only harms itself.
    name, value = s.intake.spam_header, s.intake.spam_value.strip().lower()
    if not name or not value:
        return ""
    found = mail.header(name).strip().lower()
    if found == value or found.startswith((value + " ", value + ",", value + ";")):
        return f"{name}: {s.intake.spam_value} from the relay"
    return ""


def _is_junk(mail: Mail, env: Envelope, s: Settings) -> str:
    if not mail.sender:
        return "no usable sender"
    if not mail.text.strip() and not mail.subject.strip() and not mail.attachments:
        return "no content"
    return ""


def _empty(address: str) -> bool:
    return address.strip() in {"", "<>"}


# Order matters: a loop or a machine must never be answered, whatever it is addressed to.
CHECKS: list[tuple[Check, Kind]] = [
    (_is_loop, Kind.LOOP),
    (_is_bounce, Kind.BOUNCE),
    (_is_auto, Kind.AUTO_REPLY),
    (_is_spam, Kind.SPAM),
    (_is_command_to_reports, Kind.COMMAND),
    (_is_junk, Kind.JUNK),
]

# Kinds that would make us act (review, publish, answer): the block list stops these.
ACTED_ON = frozenset({Kind.REPORT, Kind.DECISION, Kind.COMMENT, Kind.COMMAND, Kind.ANSWER,
                      Kind.CORRECTION, Kind.ADDITION})


def screen(s: Session, triage: Triage, mail: Mail, envelope: Envelope) -> Triage:
    """The block list (store/blocks.py), checked against From and the envelope sender:
    blocked mail is recorded, never reviewed nor answered. The reason names no address."""
    if triage.kind not in ACTED_ON or blocked(s, mail.sender, envelope.mail_from) is None:
        return triage
    return Triage(Kind.BLOCKED, triage.route, f"sender on the block list (was {triage.kind})")

REPLY_PURPOSES = {"review": Kind.DECISION, "comment": Kind.COMMENT, "answer": Kind.ANSWER,
                  "event": Kind.CORRECTION, "addition": Kind.ADDITION,
                  # confirmations of member commands (members/requests.py CONFIRMATIONS)
                  "leave": Kind.COMMAND, "join": Kind.COMMAND, "reactivate": Kind.COMMAND,
                  "unsubscribe": Kind.COMMAND, "settings": Kind.COMMAND}


def classify(mail: Mail, envelope: Envelope, settings: Settings) -> Triage:
    r = main_route(envelope, settings)
    for check, kind in CHECKS:
        reason = check(mail, envelope, settings)
        if reason:
            return Triage(kind, r, reason)
    if r is None:
        return Triage(Kind.JUNK, None, "not addressed to a VSN address")
    if r.box == Box.REPLY:
        purpose = REPLY_PURPOSES.get(r.purpose, Kind.JUNK)
        return Triage(purpose, r, f"reply address ({r.purpose})")
    if r.box == Box.REQUESTS:
        return Triage(Kind.COMMAND, r, "sent to the request address")
    if r.box == Box.POSTMASTER:
        return Triage(Kind.JUNK, r, "postmaster mail, kept for the operator")
    hint = review_reply_hint(mail, settings)
    if hint:
        return Triage(Kind.DECISION, r, f"{hint} (no authority without the token address)")
    return Triage(Kind.REPORT, r, "sent to the report address")


def review_reply_hint(mail: Mail, settings: Settings) -> str:
    """Why a mail to vsn@ looks like a reply to a review mail; "" when it does not."""
    if REVIEW_TAG.search(mail.subject):
        return "review tag in subject"
    # Some clients keep only References; either names the review mail being answered.
    for header, ids in (("In-Reply-To", [mail.in_reply_to]), ("References", mail.references)):
        for value in ids:
            match = REVIEW_ID.match(value)
            if match and match.group("domain").lower() == settings.gateway.domain:
                return f"{header} names one of our review mails"
    return ""
