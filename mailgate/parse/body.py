"""The body text of a message: text/plain preferred, HTML converted with inscriptis."""

from __future__ import annotations

import re
from email.message import EmailMessage, Message

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from inscriptis.model.config import ParserConfig

from mailgate.parse.charset import decode_bytes

# "strict" renders block elements without the indentation the relaxed profile adds,
# which keeps Outlook's nested WordSection divs flush left.
_HTML_CONFIG = ParserConfig(css=CSS_PROFILES["strict"])
_BLANK_RUNS = re.compile(r"\n{3,}")
# Past this size HTML is almost surely generated noise; convert a bounded prefix.
MAX_HTML_CHARS = 1_000_000


def part_text(part: Message) -> tuple[str, list[str]]:
    """The decoded text of one text/* part, line endings normalised to \\n."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken transfer encodings raise from deep inside the email package
        return "", ["UnreadableBody"]
    if not isinstance(payload, bytes):
        return "", ["UnreadableBody"]
    text, defects = decode_bytes(payload, _charset(part))
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return tidy(text), defects


def html_to_text(html: str) -> str:
    try:
        return str(get_text(html[:MAX_HTML_CHARS], _HTML_CONFIG))
    except Exception:  # inscriptis/lxml on pathological markup: keep the markup readable
        return re.sub(r"<[^>]*>", " ", html)


def tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")
    return text + "\n" if text else ""


def body_part(message: EmailMessage) -> Message | None:
    """The part the reporter wrote in: plain text first, else HTML, else a lone text part."""
    part: Message | None
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is not None and part.get_content_type() == "text/plain" and _blank(part):
        html = _html_sibling(message)
        part = html or part
    if part is None and message.get_content_maintype() in ("text", "multipart") \
            and not message.is_multipart():
        part = message  # a lone text part, or a multipart whose boundaries are missing
    return part


def _html_sibling(message: EmailMessage) -> Message | None:
    try:
        return message.get_body(preferencelist=("html",))
    except Exception:
        return None


def _blank(part: Message) -> bool:
    text, _ = part_text(part)
    return not text.strip()


def _charset(part: Message) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None
