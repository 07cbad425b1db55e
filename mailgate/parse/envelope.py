"""The envelope of a message that arrived without one (IMAP, a file): read from its headers.

The final MTA records the envelope sender as Return-Path and the recipient as
Delivered-To / X-Original-To; when those are missing the visible recipients stand in.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailgate.config.settings import Gateway
from mailgate.parse.mail import Mail

RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To")


@dataclass(frozen=True)
class HeaderEnvelope:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message_id: str


def header_envelope(mail: Mail, gateway: Gateway | None) -> HeaderEnvelope:
    return HeaderEnvelope(_sender(mail), _recipients(mail, gateway), mail.message_id)


def _sender(mail: Mail) -> str:
    # "Return-Path: <>" is a real, empty envelope sender (bounces, auto replies);
    # a missing Return-Path only means nobody recorded it.
    if mail.headers("Return-Path"):
        return mail.header("Return-Path").strip("<> ")
    return mail.sender


def _recipients(mail: Mail, gateway: Gateway | None) -> tuple[str, ...]:
    # What the MTA recorded is the truth, even when it is not one of our addresses.
    delivered = [a for name in RECIPIENT_HEADERS for v in mail.headers(name) if "@" in
                 (a := _bare(v))]
    if delivered or gateway is None:
        return tuple(dict.fromkeys(delivered or mail.to))
    ours = [a for a in mail.to if a.endswith("@" + gateway.domain)]
    return tuple(dict.fromkeys(ours)) or (f"{gateway.reports}@{gateway.domain}",)


def _bare(value: str) -> str:
    return value.strip().strip("<>").lower()
