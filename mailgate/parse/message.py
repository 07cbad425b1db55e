"""Read a raw message with the standard library's modern email API."""

from __future__ import annotations

import hashlib
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr

from mailgate.parse.body import attachments, body_text
from mailgate.parse.mail import Mail

_SPACE = re.compile(r"\s+")


def parse(raw: bytes, *, domain: str = "invalid") -> Mail:
    message = message_from_bytes(raw.replace(b"\x00", b""), policy=policy.default)
    assert isinstance(message, EmailMessage)
    defects = [type(d).__name__ for d in message.defects]
    if b"\x00" in raw:
        defects.append("NulBytes")
    sender_name, sender = _address(message, "From")
    if not sender:
        sender_name, sender = _address(message, "Sender")
    message_id = _one_line(_get(message, "Message-ID"))
    if not message_id:
        digest = hashlib.sha256(raw).hexdigest()[:32]
        message_id = f"<generated.{digest}@{domain}>"
        defects.append("MissingMessageId")
    text, body_defects = body_text(message)
    parts, part_defects = attachments(message)
    return Mail(
        message_id=message_id,
        subject=_one_line(_get(message, "Subject")),
        sender=sender,
        sender_name=sender_name,
        reply_to=_address(message, "Reply-To")[1],
        to=tuple(a for _, a in _addresses(message, "To") + _addresses(message, "Cc") if a),
        in_reply_to=_one_line(_get(message, "In-Reply-To")),
        references=tuple(_get(message, "References").split()),
        text=text,
        attachments=parts,
        defects=tuple(dict.fromkeys(defects + body_defects + part_defects)),
        message=message,
    )


def _get(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # the email package raises assorted errors on malformed headers
        return ""
    return str(value) if value is not None else ""


def _one_line(value: str) -> str:
    return _SPACE.sub(" ", value).strip()


def _address(message: EmailMessage, name: str) -> tuple[str, str]:
    found = _addresses(message, name)
    return found[0] if found else ("", "")


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    values = []
    try:
        values = [str(v) for v in message.get_all(name, [])]
    except Exception:
        return []
    result = []
    for display, address in getaddresses(values):
        address = address.strip().lower()
        if "@" not in address:
            display, address = parseaddr(address)[0] or display, ""
        result.append((_one_line(display), address))
    return result
