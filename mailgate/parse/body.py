"""Body text and attachments of a message, with charset fallbacks."""

from __future__ import annotations

from email.message import EmailMessage, Message

from inscriptis import get_text

# Declared charset first, then these, each checked for validity; latin-1 never fails.
FALLBACK_CHARSETS = ("utf-8", "windows-1252", "iso-8859-1")


def decode(payload: bytes, declared: str | None) -> tuple[str, list[str]]:
    defects: list[str] = []
    candidates = ([declared] if declared else []) + list(FALLBACK_CHARSETS)
    for charset in candidates:
        try:
            return payload.decode(charset), defects
        except LookupError:
            defects.append("UnknownCharset")
        except UnicodeDecodeError:
            if charset == declared:
                defects.append("WrongCharset")
    return payload.decode("iso-8859-1", errors="replace"), defects


def part_text(part: Message) -> tuple[str, list[str]]:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return "", ["UnreadableBody"]
    text, defects = decode(payload, part.get_content_charset())
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n"), defects


def html_to_text(html: str) -> str:
    text = get_text(html)
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines).strip() + "\n"


def body_text(message: EmailMessage) -> tuple[str, list[str]]:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        if message.get_content_maintype() == "text" or not message.is_multipart():
            part = message
        else:
            return "", ["NoTextBody"]
    return part_text(part)


def attachments(message: EmailMessage) -> tuple[tuple["AttachmentPart", ...], list[str]]:
    from mailgate.parse.mail import AttachmentPart

    found: list[AttachmentPart] = []
    defects: list[str] = []
    try:
        parts = list(message.iter_attachments())
    except Exception:
        return (), ["UnreadableAttachments"]
    for part in parts:
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            defects.append("UnreadableAttachment")
            data = b""
        found.append(AttachmentPart(
            filename=" ".join((part.get_filename() or "").split()),
            content_type=part.get_content_type(),
            size=len(data),
            data=data,
        ))
    return tuple(found), defects
