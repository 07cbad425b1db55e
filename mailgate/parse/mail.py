"""The parsed message: what the rest of the service reads of a mail."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage

from mailgate.parse.headers import all_text, text


@dataclass(frozen=True)
class AttachmentPart:
    filename: str            # decoded (RFC 2231/2047, åäö), last path component only
    content_type: str
    size: int                # decoded bytes
    data: bytes = field(repr=False)

    @property
    def is_image(self) -> bool:
        # Images are shown to the moderator only; EXIF is stripped before review storage.
        return self.content_type.startswith("image/")


@dataclass(frozen=True)
class Mail:
    message_id: str
    subject: str             # decoded, one line: never contains CR or LF
    sender: str              # From: address, lower case ("" when none could be read)
    sender_name: str
    reply_to: str
    to: tuple[str, ...]
    in_reply_to: str
    references: tuple[str, ...]
    text: str                # the body as the service reads it (HTML converted)
    attachments: tuple[AttachmentPart, ...]
    defects: tuple[str, ...]
    message: EmailMessage = field(repr=False, compare=False)
    forwarded_from: str = ""  # original author of a forwarded report ("" when not forwarded)

    def header(self, name: str) -> str:
        """One header, decoded, unfolded; "" when absent or unreadable."""
        return text(self.message, name)

    def headers(self, name: str) -> list[str]:
        return all_text(self.message, name)
