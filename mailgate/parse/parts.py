"""Attachments: every leaf that is not the body, with decoded names; TNEF unpacked."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from email.message import Message

from mailgate.parse import tnef
from mailgate.parse.charset import recover_header
from mailgate.parse.headers import decode_words, one_line
from mailgate.parse.mail import AttachmentPart

# Machine-readable report parts: read by bounce.py, never shown as files.
REPORT_PARTS = {"message/delivery-status", "message/disposition-notification"}
# Deeper nesting than this is not mail a person wrote; stop rather than recurse forever.
MAX_DEPTH = 30


def leaves(message: Message, depth: int = 0) -> Iterator[tuple[Message, Message | None]]:
    """(part, parent) for every non-multipart part; a message/* part is one leaf."""
    if not _container(message):
        yield message, None
        return
    if depth > MAX_DEPTH:
        return
    for child in _children(message):
        if _container(child):
            yield from leaves(child, depth + 1)
        else:
            yield child, message


def _container(part: Message) -> bool:
    # message/rfc822 and message/delivery-status parse into sub-messages; they stay one unit.
    return part.is_multipart() and part.get_content_maintype() != "message"


def _children(message: Message) -> list[Message]:
    payload = message.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def is_attachment(part: Message, parent: Message | None, body: Message | None) -> bool:
    if part is body or part.get_content_type() in REPORT_PARTS:
        return False
    if part.get_content_maintype() == "multipart":
        return False  # a multipart whose boundary was never found is read as the body
    if filename(part) or _disposition(part) == "attachment":
        return True
    # An unnamed inline text part is an alternative of the body or a continuation of it.
    return part.get_content_maintype() != "text"


def attachment(part: Message) -> tuple[list[AttachmentPart], list[str]]:
    """One attachment part as it is listed (a TNEF blob becomes the files inside it)."""
    name = filename(part)
    ctype = part.get_content_type()
    data, defects = _data(part)
    if tnef.is_tnef(ctype, name):
        unpacked = tnef.unpack(data)
        if unpacked is None:
            defects.append("UnreadableTnef")
        else:
            return [_make(n, _guess(n), d) for n, d in unpacked.files], defects
    return [_make(name, ctype, data)], defects


def tnef_text(part: Message) -> str:
    data, _ = _data(part)
    unpacked = tnef.unpack(data)
    return unpacked.text if unpacked else ""


def filename(part: Message) -> str:
    try:
        raw = part.get_filename() or ""
    except Exception:
        return ""
    name = one_line(decode_words(recover_header(str(raw))))
    # Only the last path component: a name like ..\\..\\x.exe must not point anywhere.
    return name.replace("\\", "/").rsplit("/", 1)[-1].strip()


def _make(name: str, ctype: str, data: bytes) -> AttachmentPart:
    return AttachmentPart(filename=name, content_type=ctype, size=len(data), data=data)


def _guess(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _disposition(part: Message) -> str:
    try:
        return (part.get_content_disposition() or "").lower()
    except Exception:
        return ""


def _data(part: Message) -> tuple[bytes, list[str]]:
    if part.get_content_type() == "message/rfc822" or part.is_multipart():
        try:
            inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
            return (inner.as_bytes() if isinstance(inner, Message) else b""), []
        except Exception:
            return b"", ["UnreadableAttachment"]
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    return (data, []) if isinstance(data, bytes) else (b"", ["UnreadableAttachment"])
