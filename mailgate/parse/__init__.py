"""Raw bytes in, a Mail out. Never raises for a bad message: defects are listed instead."""

from mailgate.parse.bounce import Failure, bounce_failures, bounce_recipients
from mailgate.parse.mail import AttachmentPart, Mail
from mailgate.parse.message import parse

__all__ = ["AttachmentPart", "Failure", "Mail", "bounce_failures", "bounce_recipients", "parse"]
