"""Forwarded reports: who wrote the forwarded text (the forwarding colleague is the sender).

Header blocks ("Från: … Skickat: … Ämne:") are found by mail-parser-reply; a mail counts as
forwarded when its subject says so or the body carries a forward separator line, so that an
ordinary reply quoting earlier mail is not mistaken for a forward.
"""

from __future__ import annotations

import re
from email.message import EmailMessage, Message

from mailparser_reply.parser import EmailMessage as ReplyText

from mailgate.parse import headers as h
from mailgate.parse.body import body_part, part_text
from mailgate.parse.headers import first_address, one_line

SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|sv|aw)\s*:\s*)*(?:vb|fw|fwd|vs|wg|tr|vl)\s*:", re.I)
SEPARATORS = [re.compile(p, re.I | re.M) for p in (
    r"^[\s>]*-{2,}\s*(?:ursprungligt meddelande|original message)\s*-{2,}\s*$",
    r"^[\s>]*-{2,}\s*(?:vidarebefordrat meddelande|forwarded message)\s*-{2,}\s*$",
    r"^[\s>]*(?:början av vidarebefordrat meddelande|begin forwarded message)\s*:\s*$",
    r"^[\s>]*_{10,}\s*$",  # Outlook's rule above the Från:/From: block
)]
_AUTHOR = re.compile(r"^[\s>*]*(?:från|from)\s*:[\s*]*(?P<who>.+?)\s*$", re.I | re.M)
_MAILTO = re.compile(r"\[mailto:(?P<addr>[^\]\s]+)\]", re.I)
_ANGLE = re.compile(r"<(?:mailto:)?(?P<addr>[^<>\s]+@[^<>\s]+)>")
_BARE = re.compile(r"^(?P<addr>[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$")
ATTACHED_RULE = "---------- Bifogat meddelande ----------"
# The reply library's patterns backtrack on long inputs; a forward block sits near the top.
SEARCH_CHARS = 20_000


def forwarded_from(subject: str, text: str) -> str:
    """The original author as "Name <address>", a name, or an address; "" if not forwarded."""
    head = text[:SEARCH_CHARS]
    start = _separator(head)
    if start is None and not SUBJECT_PREFIX.match(subject):
        return ""
    blocks = _header_blocks(head[start or 0:])
    # In a chain (A to B to C to us) the deepest block names who first wrote the report.
    match = _AUTHOR.search(blocks[-1]) if blocks else None
    return _author(match.group("who")) if match else ""


def attached(message: Message) -> tuple[str, str]:
    """Author and readable text of a mail forwarded as an attachment (message/rfc822)."""
    inner = message.get_payload(0) if message.is_multipart() else None
    if not isinstance(inner, Message):
        return "", ""
    name, address = first_address(inner, "From")
    author = f"{name} <{address}>" if name and address else (address or name)
    body = body_part(inner) if isinstance(inner, EmailMessage) else None
    text = part_text(body)[0] if body is not None else ""
    lines = [ATTACHED_RULE, f"Från: {author}", f"Datum: {h.text(inner, 'Date')}",
             f"Ämne: {h.text(inner, 'Subject')}", "", text]
    return author, "\n".join(lines)


def _separator(text: str) -> int | None:
    found = [m.start() for p in SEPARATORS if (m := p.search(text))]
    return min(found) if found else None


def _header_blocks(text: str) -> list[str]:
    try:
        parsed = ReplyText(text=text, languages=["sv", "en"]).read()
    except Exception:  # third-party regexes on odd text: fall back to the text itself
        return [text]
    found = [str(r.headers) for r in parsed.replies if r.headers and _AUTHOR.search(r.headers)]
    return found or [text]


def _author(who: str) -> str:
    who = one_line(who.replace("*", " "))
    for pattern in (_MAILTO, _ANGLE):
        match = pattern.search(who)
        if match:
            name = one_line(who[:match.start()] + who[match.end():]).strip(' "\'')
            address = match.group("addr").lower()
            return f"{name} <{address}>" if name else address
    bare = _BARE.match(who)
    return bare.group("addr").lower() if bare else who.strip(' "\'')
