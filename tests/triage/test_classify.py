"""Which kind a mail is, from its headers and envelope: one row per rule in triage.CHECKS."""

from __future__ import annotations

import pytest

from mailgate.config.settings import Settings
from mailgate.parse import parse
from mailgate.triage import Envelope, classify
from store.status import Kind

VSN = "vsn@vsn.example.se"
PERSON = "anna@kommun.example.se"
POSTMASTER = "postmaster@kommun.example.se"
TOKEN = "vsn+review-0123456789abcdef@vsn.example.se"


def raw(headers: str = "", body: str = "Hej.", sender: str = f"Anna <{PERSON}>",
        subject: str = "Gul: ketamin") -> bytes:
    head = f"From: {sender}\nSubject: {subject}\nMessage-ID: <t@kommun.example.se>\n{headers}"
    return (head.strip("\n") + "\n\n" + body + "\n").replace("\n", "\r\n").encode()


CASES = [
    # (name, message, envelope sender, recipients, expected kind)
    ("person to vsn@", raw(), PERSON, (VSN,), Kind.REPORT),
    ("review token", raw(body="Godkänn"), PERSON, (TOKEN,), Kind.DECISION),
    ("comment token", raw(), PERSON, ("vsn+comment-abc123@vsn.example.se",), Kind.COMMENT),
    ("unknown token purpose", raw(), PERSON, ("vsn+other-abc123@vsn.example.se",), Kind.JUNK),
    ("tag in subject to vsn@", raw(subject="SV: [VSN-granskning 2025-0042] x"), PERSON,
     (VSN,), Kind.DECISION),
    ("In-Reply-To a review mail", raw("In-Reply-To: <review.ab12@vsn.example.se>"), PERSON,
     (VSN,), Kind.DECISION),
    ("References a review mail", raw("References: <a@x.se> <review.2025-0042.ab@vsn.example.se>"),
     PERSON, (VSN,), Kind.DECISION),
    ("In-Reply-To another domain's review", raw("In-Reply-To: <review.ab12@evil.example>"),
     PERSON, (VSN,), Kind.REPORT),
    ("In-Reply-To a notice", raw("In-Reply-To: <4f1c2a@vsn.example.se>"), PERSON, (VSN,),
     Kind.REPORT),
    ("request address", raw(subject="hjälp", body=""), PERSON, ("vsn-request@vsn.example.se",),
     Kind.COMMAND),
    ("DSN", raw('Content-Type: multipart/report; report-type=delivery-status; boundary="b"'),
     "", (VSN,), Kind.BOUNCE),
    ("bounce address", raw(), PERSON, ("vsn-bounces+x1@vsn.example.se",), Kind.BOUNCE),
    ("NDR subject from MAILER-DAEMON", raw(sender="MAILER-DAEMON@mx.example.net",
                                           subject="Undeliverable: x"), "", (VSN,), Kind.BOUNCE),
    ("Auto-Submitted", raw("Auto-Submitted: auto-replied"), PERSON, (TOKEN,), Kind.AUTO_REPLY),
    ("Auto-Submitted: no", raw("Auto-Submitted: no"), PERSON, (VSN,), Kind.REPORT),
    ("Precedence bulk", raw("Precedence: bulk"), PERSON, (VSN,), Kind.AUTO_REPLY),
    ("Precedence junk", raw("Precedence: junk"), PERSON, (VSN,), Kind.AUTO_REPLY),
    ("Precedence auto_reply", raw("Precedence: auto_reply"), PERSON, (VSN,), Kind.AUTO_REPLY),
    ("X-Auto-Response-Suppress", raw("X-Auto-Response-Suppress: All"), PERSON, (VSN,),
     Kind.AUTO_REPLY),
    ("empty envelope sender", raw(), "", (VSN,), Kind.AUTO_REPLY),
    ("postmaster sender", raw(sender=POSTMASTER), POSTMASTER, (VSN,), Kind.AUTO_REPLY),
    ("Frånvarande", raw(subject="Frånvarande"), PERSON, (VSN,), Kind.AUTO_REPLY),
    ("Automatiskt svar", raw(subject="Automatiskt svar: Gul: x"), PERSON, (VSN,),
     Kind.AUTO_REPLY),
    ("Out of office", raw(subject="Out of Office: x"), PERSON, (TOKEN,), Kind.AUTO_REPLY),
    ("Automatic reply", raw(subject="Automatic reply: x"), PERSON, (VSN,), Kind.AUTO_REPLY),
    ("frånvaro in a sentence", raw(subject="Ökad frånvaro i skolan p.g.a. spice"), PERSON,
     (VSN,), Kind.REPORT),
    ("our loop header", raw("X-VSN-Loop: vsn.example.se"), PERSON, (VSN,), Kind.LOOP),
    ("from our own address", raw(sender=VSN), VSN, (VSN,), Kind.LOOP),
    ("envelope from our bounce address", raw(), "vsn-bounces@vsn.example.se", (VSN,), Kind.LOOP),
    ("no sender", raw(sender=""), PERSON, (VSN,), Kind.JUNK),
    ("no content to a token address", raw(subject="", body=""), PERSON, (TOKEN,), Kind.JUNK),
    # A command sent to vsn@ instead of vsn-request@: answered, never held as a report.
    ("no content to vsn@", raw(subject="", body=""), PERSON, (VSN,), Kind.COMMAND),
    ("AVREGISTRERA subject, empty body", raw(subject="AVREGISTRERA", body=""), PERSON, (VSN,),
     Kind.COMMAND),
    ("avsluta in the body only", raw(subject="", body="avsluta"), PERSON, (VSN,), Kind.COMMAND),
    ("Unsubscribe and a closing", raw(subject="Unsubscribe", body="Unsubscribe\n\nMvh Bo"),
     PERSON, (VSN,), Kind.COMMAND),
    ("SV: Hjälp!", raw(subject="SV: Hjälp!", body=""), PERSON, (VSN,), Kind.COMMAND),
    ("help in the body", raw(subject="", body="help"), PERSON, (VSN,), Kind.COMMAND),
    ("Hjälp with a report below", raw(subject="Hjälp", body="Tre överdoser i helgen i Kalmar."),
     PERSON, (VSN,), Kind.REPORT),
    ("avsluta in a sentence", raw(subject="", body="Vi avslutar utredningen av spice."), PERSON,
     (VSN,), Kind.REPORT),
    ("subject only, a real one", raw(subject="RÖD: fentanyl i Umeå", body=""), PERSON, (VSN,),
     Kind.REPORT),
    ("not for us", raw(), PERSON, ("someone@elsewhere.example",), Kind.JUNK),
    ("postmaster@ of ours", raw(), PERSON, ("postmaster@vsn.example.se",), Kind.JUNK),
]


@pytest.mark.parametrize(("message", "mail_from", "rcpts", "kind"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_classify(message: bytes, mail_from: str, rcpts: tuple[str, ...], kind: Kind,
                  settings: Settings) -> None:
    mail = parse(message, domain="vsn.example.se")
    assert classify(mail, Envelope(mail_from, rcpts), settings).kind == kind


def test_machines_win_over_the_token_address(settings: Settings) -> None:
    """An out-of-office answer to a review mail must never be read as a decision."""
    mail = parse(raw("Auto-Submitted: auto-replied", body="Godkänn"), domain="vsn.example.se")
    triage = classify(mail, Envelope(PERSON, (TOKEN,)), settings)
    assert (triage.kind, triage.route is not None) == (Kind.AUTO_REPLY, True)


def test_a_tagged_reply_without_token_says_it_has_no_authority(settings: Settings) -> None:
    mail = parse(raw(subject="SV: [VSN-granskning 2025-0042] x", body="Godkänn"))
    reason = classify(mail, Envelope(PERSON, (VSN,)), settings).reason
    assert "no authority" in reason


def test_the_reason_keeps_only_the_auto_submitted_keyword(settings: Settings) -> None:
    """Reasons are logged: the sender's own text in the header must not reach the log."""
    mail = parse(raw("Auto-Submitted: auto-replied; owner=anna.svensson@example.org"),
                 domain="vsn.example.se")
    triage = classify(mail, Envelope(PERSON, (VSN,)), settings)
    assert (triage.kind, triage.reason) == (Kind.AUTO_REPLY, "Auto-Submitted: auto-replied")
