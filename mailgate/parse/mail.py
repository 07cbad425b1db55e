"""The parsed message: what the rest of the service reads of a mail."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage


@dataclass(frozen=True)
class AttachmentPart:
    filename: str
    content_type: str
    size: int
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Mail:
    message_id: str
    subject: str
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

    def header(self, name: str) -> str:
        """One header, decoded, unfolded; "" when absent or unreadable."""
        try:
            value = self.message.get(name)
        except Exception:  # malformed header: the raw value is still in the store
            return ""
        return " ".join(str(value).split()) if value is not None else ""

    def headers(self, name: str) -> list[str]:
        try:
            return [" ".join(str(v).split()) for v in self.message.get_all(name, [])]
        except Exception:
            return []
