"""What the service reads of one message, without storing anything (`vsn ingest --dry-run`)."""

from __future__ import annotations

from typing import Any

from mailgate.config.settings import Settings
from mailgate.hold.urgency import read_urgency
from mailgate.moderate.commands import Command, read_command
from mailgate.parse import Mail, bounce_failures, parse
from mailgate.parse.envelope import header_envelope
from mailgate.triage import Envelope, Triage, classify
from store.status import Kind


def envelope_of(mail: Mail, settings: Settings) -> Envelope:
    """A stand-in envelope for a file: Return-Path and the recipients in the headers."""
    found = header_envelope(mail, settings.gateway)
    return Envelope(mail_from=found.mail_from, rcpt_tos=found.rcpt_tos)


def describe(raw: bytes, settings: Settings, filename: str = "") -> dict[str, Any]:
    mail = parse(raw, domain=settings.gateway.domain)
    triage = classify(mail, envelope_of(mail, settings), settings)
    return describe_mail(mail, triage, filename)


def describe_mail(mail: Mail, triage: Triage, filename: str = "") -> dict[str, Any]:
    result: dict[str, Any] = {
        "file": filename,
        "kind": str(triage.kind),
        "reason": triage.reason,
        "subject": mail.subject,
        "sender": mail.sender,
        "forwarded_from": mail.forwarded_from,
        "text": mail.text,
        "urgency": None,
        "attachments": [{"filename": a.filename, "content_type": a.content_type,
                         "size": a.size} for a in mail.attachments],
        "defects": list(mail.defects),
    }
    if triage.kind == Kind.REPORT:
        given = read_urgency(mail.subject, mail.text)
        # null when the reporter stated none; the report then gets the configured default.
        result["urgency"] = str(given) if given else None
        result["urgency_given"] = given is not None
    if triage.kind == Kind.DECISION:
        result["command"] = _command(mail)
    if triage.kind == Kind.BOUNCE:
        failures = bounce_failures(mail)
        result["failed_recipients"] = [f.recipient for f in failures]
        result["failures"] = [{"recipient": f.recipient, "status": f.status,
                               "severity": f.severity} for f in failures]
    return result


def _command(mail: Mail) -> dict[str, Any]:
    found = read_command(mail.text, mail.subject)
    if not isinstance(found, Command):
        return {"action": None, "urgency": None, "reason": None, "problem": found.problem}
    return {"action": str(found.action),
            "urgency": str(found.urgency) if found.urgency else None,
            "reason": found.reason, "verified": found.verified, "keep": list(found.keep),
            "title": found.title}
