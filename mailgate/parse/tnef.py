"""Outlook's winmail.dat (application/ms-tnef) unpacked with tnefparse."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from tnefparse import TNEF

from mailgate.parse.body import html_to_text, tidy
from mailgate.parse.charset import decode_bytes

# tnefparse logs every unknown attribute and bad checksum; that is noise in our logs.
logging.getLogger("tnefparse").setLevel(logging.ERROR)

TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}


@dataclass(frozen=True)
class Unpacked:
    text: str
    files: tuple[tuple[str, bytes], ...]


def is_tnef(content_type: str, filename: str) -> bool:
    return content_type in TNEF_TYPES or filename.lower() == "winmail.dat"


def unpack(data: bytes) -> Unpacked | None:
    """The body and files inside a TNEF blob, or None when it cannot be read."""
    try:
        tnef = TNEF(data, do_checksum=False)
        files = tuple((_name(a), _bytes(a.data)) for a in tnef.attachments)
        return Unpacked(_body(tnef), files)
    except Exception:  # any corruption: the caller keeps winmail.dat as it came
        return None


def _name(attachment: object) -> str:
    for getter in ("long_filename", "name"):
        try:
            value = getattr(attachment, getter)
            value = value() if callable(value) else value
        except Exception:
            continue
        if isinstance(value, str) and value.strip("\x00 "):
            return value.strip("\x00 ")
    raw = getattr(attachment, "_name", b"")
    return decode_bytes(raw, "windows-1252")[0].strip("\x00 ") if isinstance(raw, bytes) else ""


def _body(tnef: TNEF) -> str:
    plain = _string(tnef.body)
    if plain.strip():
        return tidy(plain)
    html = _string(tnef.htmlbody)
    return tidy(html_to_text(html)) if html.strip() else ""


def _string(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, bytes):
        return decode_bytes(value.rstrip(b"\x00"), "windows-1252")[0]
    return value.rstrip("\x00") if isinstance(value, str) else ""


def _bytes(value: object) -> bytes:
    if isinstance(value, list):
        value = value[0] if value else b""
    return value if isinstance(value, bytes) else b""
