"""Raw bytes in, a Mail out. Never raises for a bad message: defects are listed instead."""

from mailgate.parse.mail import AttachmentPart, Mail
from mailgate.parse.message import parse

__all__ = ["AttachmentPart", "Mail", "parse"]
