"""Who a delivery failure was for, and whether it is permanent (5.x.x) or transient (4.x.x).

Standard DSNs (RFC 3464: Postfix, Exchange, Gmail) carry a message/delivery-status part;
older or hand-made bounces only say it in prose, so a few text patterns back that up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message

from mailgate.parse.headers import decoded, raw_values
from mailgate.parse.mail import Mail
from mailgate.parse.parts import leaves


@dataclass(frozen=True)
class Failure:
    recipient: str
    status: str   # enhanced status code, e.g. "5.1.1"; "" when the bounce gave none
    hard: bool    # permanent: count fully towards suspending the member

    @property
    def severity(self) -> str:
        return "hard" if self.hard else "soft"


# Actions that mean "not delivered"; delivered/relayed/expanded reports are not failures.
FAILED_ACTIONS = {"failed": True, "delayed": False}
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_CODE = re.compile(r"\b([45])\d\d\b")
_ADDRESS = r"<?([A-Za-z0-9._%+'=-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?"
# Prose bounces: Postfix's "<addr>: host ... said", Exchange's (Swedish and English) sentences.
TEXT_PATTERNS = [re.compile(p, re.I | re.M) for p in (
    r"^\s*" + _ADDRESS + r"\s*:\s*(?:host|mail for|unknown user|user unknown|\d{3}\b)",
    r"(?:your message to|delivery to(?: the following recipients?)?(?: failed)?[: ]+)\s*"
    + _ADDRESS,
    r"(?:gick inte att leverera (?:meddelandet )?till|levererades inte till)\s*" + _ADDRESS,
    r"^\s*(?:original-|final-)?recipient\s*:\s*(?:rfc822\s*;\s*)?" + _ADDRESS,
)]


def bounce_failures(mail: Mail) -> list[Failure]:
    found = _from_dsn(mail.message) or _from_header(mail) or _from_text(mail.text)
    return list({f.recipient: f for f in found}.values())


def bounce_recipients(mail: Mail) -> list[str]:
    return [f.recipient for f in bounce_failures(mail)]


def _from_dsn(message: Message) -> list[Failure]:
    failures: list[Failure] = []
    for part, _ in leaves(message):
        if part.get_content_type() == "message/delivery-status":
            failures += [f for block in _blocks(part) if (f := _block_failure(block))]
    return failures


def _blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    return []


def _block_failure(block: Message) -> Failure | None:
    recipient = _recipient(block, "Final-Recipient") or _recipient(block, "Original-Recipient")
    action = _field(block, "Action").lower()
    if not recipient or (action and action not in FAILED_ACTIONS):
        return None
    status = _status(_field(block, "Status"))
    hard = status.startswith("5") if status else FAILED_ACTIONS.get(action, True)
    return Failure(recipient, status, hard)


def _from_header(mail: Mail) -> list[Failure]:
    # Exim names the failed addresses in a header of the bounce itself.
    value = mail.header("X-Failed-Recipients")
    status = _status(mail.text) or "5.0.0"
    return [Failure(a.lower(), status, status.startswith("5"))
            for a in re.findall(_ADDRESS, value)]


def _from_text(text: str) -> list[Failure]:
    head = text[:20_000]
    status = _status(head)
    if not status and (code := _SMTP_CODE.search(head)):
        status = f"{code.group(1)}.0.0"
    found = [m.group(1).lower() for p in TEXT_PATTERNS for m in p.finditer(head)]
    return [Failure(a, status, not status.startswith("4")) for a in dict.fromkeys(found)]


def _recipient(block: Message, name: str) -> str:
    value = _field(block, name)
    address = value.split(";", 1)[-1].strip().strip("<>").lower()
    return address if "@" in address else ""


def _field(block: Message, name: str) -> str:
    values = raw_values(block, name)
    return decoded(values[0]) if values else ""


def _status(text: str) -> str:
    match = _STATUS.search(text)
    return ".".join(match.groups()) if match else ""
