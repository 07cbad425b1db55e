"""What the service reads of one message, without storing anything (`vsn ingest --dry-run`)."""

from __future__ import annotations

from typing import Any

from mailgate.parse import Mail, parse
from mailgate.reply import Command, read_command
from mailgate.settings import Settings
from mailgate.triage import Envelope, Triage, classify
from mailgate.urgency import read_urgency
from store.status import Kind


def envelope_of(mail: Mail, settings: Settings) -> Envelope:
    """A stand-in envelope for a file: Return-Path and the recipients in the headers."""
    return_path = mail.header("Return-Path").strip("<> ") if mail.headers("Return-Path") \
        else mail.sender
    ours = [a for a in mail.to if a.endswith("@" + settings.gateway.domain)]
    delivered = [a.lower() for a in mail.headers("Delivered-To")]
    rcpts = delivered or ours or [settings.address(settings.gateway.reports)]
    return Envelope(mail_from=return_path, rcpt_tos=tuple(rcpts))


def describe(raw: bytes, settings: Settings, filename: str = "") -> dict[str, Any]:
    mail = parse(raw, domain=settings.gateway.domain)
    triage = classify(mail, envelope_of(mail, settings), settings)
    return describe_mail(mail, triage, filename)


def describe_mail(mail: Mail, triage: Triage, filename: str = "") -> dict[str, Any]:
    result: dict[str, Any] = {
        "file": filename,
        "kind": str(triage.kind),
        "subject": mail.subject,
        "sender": mail.sender,
        "text": mail.text,
        "urgency": _urgency(mail, triage),
        "attachments": [{"filename": a.filename, "content_type": a.content_type,
                         "size": a.size} for a in mail.attachments],
        "defects": list(mail.defects),
    }
    if triage.kind in (Kind.DECISION,):
        result["command"] = _command(mail)
    return result


def _urgency(mail: Mail, triage: Triage) -> str | None:
    if triage.kind != Kind.REPORT:
        return None
    found = read_urgency(mail.subject, mail.text)
    return str(found) if found else None


def _command(mail: Mail) -> dict[str, Any]:
    found = read_command(mail.text, mail.subject)
    if not isinstance(found, Command):
        return {"action": None, "urgency": None, "reason": None, "problem": found.problem}
    return {"action": str(found.action),
            "urgency": str(found.urgency) if found.urgency else None,
            "reason": found.reason, "verified": found.verified, "keep": list(found.keep),
            "title": found.title}
