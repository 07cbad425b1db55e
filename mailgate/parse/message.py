"""Read a raw message with the standard library's modern email API. Never raises."""

from __future__ import annotations

import hashlib
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.parser import BytesParser

from mailgate.parse import headers as h
from mailgate.parse.body import body_part, part_text, tidy
from mailgate.parse.charset import recover_header
from mailgate.parse.forward import attached, forwarded_from
from mailgate.parse.mail import AttachmentPart, Mail
from mailgate.parse.parts import attachment, is_attachment, leaves, tnef_text
from mailgate.parse.tnef import is_tnef

MAX_DEFECTS = 50
MAX_RAW_TEXT = 200_000


def parse(raw: bytes, *, domain: str = "invalid") -> Mail:
    try:
        return _parse(raw, domain)
    except Exception as exc:  # a last resort: the raw bytes stay stored for an operator
        return _unreadable(raw, domain, type(exc).__name__)


def _parse(raw: bytes, domain: str) -> Mail:
    message = message_from_bytes(raw.replace(b"\x00", b""), policy=policy.default)
    assert isinstance(message, EmailMessage)
    text, parts, content_defects = _content(message)
    # Decoding bodies adds defects (bad base64...) to the parts, so they are read afterwards.
    defects = _structure_defects(message) + content_defects
    author = forwarded_from(h.text(message, "Subject"), text)
    if not author and (inner := _attached_mail(message)) is not None:
        author, inner_text = attached(inner)
        text = text + ("\n" if text else "") + inner_text
    return _mail(message, raw, domain, text, parts, defects, author)


def _unreadable(raw: bytes, domain: str, reason: str) -> Mail:
    """Headers and the raw body as text, for a message the MIME parser gave up on."""
    defects = ["Unparseable", reason]
    try:
        message = BytesParser(policy=policy.default).parsebytes(
            raw.replace(b"\x00", b""), headersonly=True)
        text = tidy(recover_header(str(message.get_payload()))[:MAX_RAW_TEXT])
        return _mail(message, raw, domain, text, [], defects, "")
    except Exception:  # not even headers: an empty Mail that still names its defects
        return _mail(EmailMessage(), raw, domain, "", [], defects, "")


def _mail(message: EmailMessage, raw: bytes, domain: str, text: str,
          parts: list[AttachmentPart], defects: list[str], author: str) -> Mail:
    defects = defects + (["NulBytes"] if b"\x00" in raw else [])
    sender_name, sender = h.first_address(message, "From")
    if not sender:
        defects.append("MissingFrom" if not h.raw_values(message, "From") else "UnreadableFrom")
        sender_name, sender = h.first_address(message, "Sender")
    message_id = h.text(message, "Message-ID")
    if not message_id:
        message_id = generated_message_id(raw, domain)
        defects.append("MissingMessageId")
    return Mail(
        message_id=message_id,
        subject=h.text(message, "Subject"),
        sender=sender,
        sender_name=sender_name,
        reply_to=h.first_address(message, "Reply-To")[1],
        to=tuple(a for _, a in h.addresses(message, "To") + h.addresses(message, "Cc") if a),
        in_reply_to=h.text(message, "In-Reply-To"),
        references=tuple(h.text(message, "References").split()),
        text=text,
        attachments=tuple(parts),
        defects=tuple(dict.fromkeys(defects)),
        message=message,
        forwarded_from=author,
    )


def generated_message_id(raw: bytes, domain: str) -> str:
    # Derived from the content, so the same message read twice gets the same id (dedup).
    return f"<generated.{hashlib.sha256(raw).hexdigest()[:32]}@{domain}>"


def _content(message: EmailMessage) -> tuple[str, list[AttachmentPart], list[str]]:
    body = body_part(message)
    text, defects = part_text(body) if body is not None else ("", [])
    found: list[AttachmentPart] = []
    extra: list[str] = []
    for part, parent in leaves(message):
        if is_attachment(part, parent, body):
            listed, part_defects = attachment(part)
            found += listed
            defects += part_defects
            if not text.strip() and is_tnef(part.get_content_type(), ""):
                text = tnef_text(part)  # Outlook put the whole body inside winmail.dat
        elif part is not body and _continues_body(part, parent):
            extra.append(part_text(part)[0])
    if body is None and not text and not extra:
        defects.append("NoTextBody")
    return "".join([text, *extra]), found, defects


def _attached_mail(message: EmailMessage) -> Message | None:
    # A report forwarded "as attachment" (Outlook) arrives as one message/rfc822 part;
    # the returned original inside a bounce is not a forward.
    if message.get_content_type() == "multipart/report":
        return None
    found = [p for p, _ in leaves(message) if p.get_content_type() == "message/rfc822"]
    return found[0] if len(found) == 1 and found[0] is not message else None


def _continues_body(part: Message, parent: Message | None) -> bool:
    # Apple Mail splits text around inline images into several text/plain parts.
    return part.get_content_type() == "text/plain" and (
        parent is not None and parent.get_content_type() == "multipart/mixed")


def _structure_defects(message: Message) -> list[str]:
    found: list[str] = []
    for part, _ in _all_parts(message):
        found += [type(d).__name__ for d in getattr(part, "defects", [])]
        if len(found) >= MAX_DEFECTS:
            break
    return found[:MAX_DEFECTS]


def _all_parts(message: Message) -> list[tuple[Message, int]]:
    stack: list[tuple[Message, int]] = [(message, 0)]
    out: list[tuple[Message, int]] = []
    while stack and len(out) < 1000:
        part, depth = stack.pop()
        out.append((part, depth))
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list) and depth < 30:
            stack += [(p, depth + 1) for p in payload if isinstance(p, Message)]
    return out
