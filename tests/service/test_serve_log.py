"""What `vsn serve` writes to its log while real mail goes through it: rows, references,
kinds and counts, never a reporter's name, address, phone number or personnummer, nor a
member's address. Every kind of mail and a failing relay pass through, with debug logging."""

from __future__ import annotations

import os
import smtplib
import sqlite3
import subprocess
import sys
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailflow import MEMBERS, idle, import_members, send
from members.kit import Relay
from support import Server, free_port, wait_for, write_config
from synthetic import personnummer

REPORTER_NAME = "Kerstin Johansson-Ek"
REPORTER = "kerstin.johansson-ek@socialtjanst.kommun-c.example.se"
VICTIM = "Kalle Nyberg"                      # named in the subject and the text
PNR = personnummer("790321", "234")
PHONE = "070-174 06 55"                      # reserved for fiction
STREET = "Storgatan 12"
ANSWER_NAME = "Greta Lindqvist"              # only in the reporter's answer
STRANGER = "sven.svensson@annan.example.se"  # replies with a review token that is not his
MOD = "mod1@fhm.example.se"
LATE, REFUSED, FINE = MEMBERS                # the relay says 451, 550, 250
SECRETS = [REPORTER_NAME, REPORTER, REPORTER.split("@")[0], VICTIM, PNR, PNR.replace("-", ""),
           PHONE, STREET, ANSWER_NAME, STRANGER, *MEMBERS]


class VerboseServer(Server):
    """`vsn -v serve`: debug logging is where third-party libraries say the most."""

    def start(self) -> VerboseServer:
        log = open(self.folder / "serve.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mailgate.cli", "--config", str(self.config), "-v", "serve"],
            cwd=self.folder, stdout=log, stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"))
        wait_for(self._listening, 60, "vsn serve to listen")
        return self


def mail(sender: str, to: str, subject: str, text: str, name: str = "") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(text)
    return msg


def reply(to_mail: EmailMessage, sender: str, text: str, name: str = "") -> EmailMessage:
    msg = mail(sender, str(to_mail["Reply-To"]), "SV: " + str(to_mail["Subject"]), text, name)
    msg["In-Reply-To"] = str(to_mail["Message-ID"])
    return msg


def dsn(verp_address: str, rcpt: str) -> EmailMessage:
    raw = (f"From: MAILER-DAEMON@mx.region-b.example.se\nTo: {verp_address}\n"
           "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
           "--B\nContent-Type: text/plain\n\nNot delivered.\n\n"
           "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n"
           f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n\n--B--\n")
    msg = message_from_bytes(raw.replace("\n", "\r\n").encode(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def to(relay: Relay, rcpt: str, subject_part: str) -> EmailMessage:
    def found() -> list[EmailMessage]:
        msgs = [message_from_bytes(raw, policy=policy.default) for raw in relay.script.to(rcpt)]
        return [m for m in msgs if subject_part in str(m["Subject"])]  # type: ignore[misc]
    return wait_for(found, what=f"mail to {rcpt} about {subject_part!r}")[-1]


def test_the_serve_log_names_no_one(tmp_path: Path) -> None:
    port = free_port()
    with Relay(free_port()) as relay:
        write_config(tmp_path, port, "[members]\nbounce_threshold = 5.0\n",
                     moderators=(MOD,))
        config = tmp_path / "config.toml"
        config.write_text(config.read_text().replace(
            'url = "maildir://var/outbox"',
            f'url = "smtp://127.0.0.1:{relay.port}"\nretry_base_seconds = 0.2'))
        server = VerboseServer(tmp_path, port)
        import_members(server)
        relay.script.refuse(LATE, "451 4.3.0 try again later")
        relay.script.refuse(REFUSED, "550 5.1.1 no such user")
        server.start()
        try:
            _a_day_of_mail(server, relay)
            wait_for(lambda: idle(server), what="the service to finish")
        finally:
            server.stop()
    log = server.log()
    assert "held (urgency red" in log and "published" in log and "bounce for member" in log
    assert "failed after 1 attempts" in log                       # the refused notice
    leaked = [s for s in SECRETS if s.lower() in log.lower()]
    assert leaked == [], leaked


def _a_day_of_mail(server: Server, relay: Relay) -> None:
    text = (f"Hej,\n\n{VICTIM} ({PNR}), boende på {STREET}, hittades medvetslös efter blå "
            f"tabletter märkta M30. Ring mig på {PHONE}.\n\nMvh\n{REPORTER_NAME}\n")
    send(server, mail(REPORTER, "vsn@vsn.example.se", f"RÖD: {VICTIM} hittad medvetslös",
                      text, REPORTER_NAME))
    review = wait_for(lambda: reviews(relay), what="the review")[0]
    send(server, reply(review, STRANGER, "GODKÄNN", "Sven Svensson"))           # refused
    send(server, reply(review, MOD, "FRÅGA: Var hittades tabletterna?"))
    question = to(relay, REPORTER, "Fråga om din rapport")
    send(server, reply(question, REPORTER, f"Hos {ANSWER_NAME}, {PHONE}.", REPORTER_NAME))
    send(server, mail(REPORTER, "vsn@vsn.example.se", f"Frånvarande: {REPORTER_NAME}",
                      f"Jag är borta. Ring {PHONE}.", REPORTER_NAME))         # auto-reply
    send(server, mail(REPORTER, "vsn-request@vsn.example.se", "HJÄLP", "HJÄLP",
                      REPORTER_NAME))                                          # command
    fresh = wait_for(lambda: len(r := reviews(relay)) >= 2 and r, what="the answer")[-1]
    send(server, reply(fresh, MOD, "GODKÄNN"))
    to(relay, FINE, "[VSN RÖD]")
    with sqlite3.connect(server.folder / "var" / "vsn.sqlite3") as conn:
        verp = conn.execute("SELECT verp FROM member WHERE email = ?", (FINE,)).fetchone()[0]
    send(server, dsn(f"vsn-bounces+{verp}@vsn.example.se", FINE))             # a bounce
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as client, \
            pytest.raises(smtplib.SMTPRecipientsRefused):                  # 550 at RCPT
        client.sendmail(REPORTER, [REPORTER], b"Subject: x\r\n\r\nx\r\n")


def reviews(relay: Relay) -> list[EmailMessage]:
    msgs = [message_from_bytes(raw, policy=policy.default) for raw in relay.script.to(MOD)]
    return [m for m in msgs  # type: ignore[misc]
            if str(m["Subject"]).startswith("[VSN-granskning") and m["Reply-To"]]
