"""A flood from one sender over real SMTP (issue 7): `vsn serve` with two acceptors answers
the flooder `451 4.7.1` past its limit, keeps serving another sender, processes that
sender's reports, and sends the flooder no more acknowledgements than its daily quota."""

from __future__ import annotations

import smtplib
import threading
import time
from collections import Counter
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from mailgate.receive.flood import per_process

from mailflow import db, idle
from receive.kit import Wire
from support import wait_for

FLOODER = "flood@kommun-f.example.se"
OTHER = "handlaggare@region-b.example.se"
RCPT = "vsn@vsn.example.se"
PER_MINUTE = 20     # [intake] messages_per_sender_per_minute
REPLIES = 3         # [intake] replies_per_sender_per_day
ACCEPTORS = 2
ATTEMPTS = 10_000   # the flood: 10,000 in a minute (here in a few seconds)
SESSIONS = 8        # the flooder's MTA keeps this many connections open and pipelines


def report(sender: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = sender, RCPT
    msg["Subject"] = f"Gul: blå tabletter, iakttagelse {n}"
    msg["Message-ID"] = f"<flood-{n}-{sender.split('@')[0]}@example.se>"
    msg.set_content(f"Iakttagelse nummer {n} av blå tabletter märkta K9.\n")
    return msg.as_bytes(policy=SMTP_POLICY)


class Tally:
    """The flooder's answers, and marks along the way for the other sender to go by."""

    def __init__(self, marks: int) -> None:
        self.codes: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.marks = [threading.Event() for _ in range(marks)]

    def add(self, code: str) -> None:
        with self.lock:
            self.codes[code] += 1
            # mark k at (k + 1) / (marks + 1) of the flood: all of them well inside it
            reached = sum(self.codes.values()) * (len(self.marks) + 1) // ATTEMPTS
        for mark in self.marks[:reached]:
            mark.set()


def flood(port: int, session: int, attempts: int, tally: Tally) -> None:
    """One pipelining session: MAIL, RCPT and DATA in one write, then the message only if
    DATA was answered 354 (RFC 2920)."""
    wire = Wire(port)
    wire.command("EHLO mx.kommun-f.example.se")
    for n in range(attempts):
        wire.send(f"MAIL FROM:<{FLOODER}>\r\nRCPT TO:<{RCPT}>\r\nDATA\r\n".encode())
        (mail, text), _, (data, _) = wire.reply(), wire.reply(), wire.reply()
        if data == 354:
            wire.send(report(FLOODER, session * attempts + n) + b".\r\n")
            mail = wire.reply()[0]
        tally.add(f"{mail} {text[:5]}" if mail != 250 else "250")
    wire.command("QUIT")
    wire.close()


def other_sender(port: int, marks: list[threading.Event], refused: list[str]) -> None:
    """Reports from someone else spread over the flood, a new connection each."""
    for n, mark in enumerate(marks):
        mark.wait(60)
        # From another client address: the flooder's own address meets the per-client
        # limit too ([intake] messages_per_client_per_minute).
        with smtplib.SMTP("127.0.0.1", port, timeout=30,
                          source_address=("127.0.0.2", 0)) as client:
            try:
                client.sendmail(OTHER, [RCPT], report(OTHER, n))
            except smtplib.SMTPException as exc:
                refused.append(type(exc).__name__)


def test_a_flood_from_one_sender_does_not_starve_another(server_factory) -> None:  # type: ignore[no-untyped-def]
    # Strangers' batching (stranger_reports_per_hour) is not what this measures: lifted, or
    # the flooder's accepted reports would put the other sender's last one on the batch list.
    server = server_factory(f"[intake]\nmessages_per_sender_per_minute = {PER_MINUTE}\n"
                            f"replies_per_sender_per_day = {REPLIES}\n"
                            "stranger_reports_per_hour = 1000\n")
    config = server.config.read_text(encoding="utf-8")
    server.config.write_text(config.replace('domain = "vsn.example.se"',
                                            f'domain = "vsn.example.se"\nacceptors = {ACCEPTORS}'),
                             encoding="utf-8")
    server.start()
    others = REPLIES  # each of them acknowledged
    tally = Tally(marks=others)
    flooders = [threading.Thread(target=flood, args=(server.port, n, ATTEMPTS // SESSIONS, tally))
                for n in range(SESSIONS)]
    refused: list[str] = []
    other = threading.Thread(target=other_sender, args=(server.port, tally.marks, refused))
    started = time.monotonic()
    for thread in [*flooders, other]:
        thread.start()
    for thread in [*flooders, other]:
        thread.join(120)
    seconds = time.monotonic() - started
    codes = tally.codes

    assert seconds < 60, "the flood must fit in the minute it is counted over"
    assert sum(codes.values()) == ATTEMPTS
    accepted = codes["250"]
    assert per_process(PER_MINUTE, ACCEPTORS) <= accepted <= PER_MINUTE
    assert codes["451 4.7.1"] == ATTEMPTS - accepted, codes  # nothing else, nothing lost
    assert refused == []  # the other sender got 250 for every report

    wait_for(lambda: idle(server), 120, "the workers to process what was accepted")
    with db(server) as conn:
        stored = dict(conn.execute("SELECT mail_from, count(*) FROM inbound_mail"
                                   " WHERE status = 'done' GROUP BY mail_from").fetchall())
    assert stored == {FLOODER: accepted, OTHER: others}
    assert len(server.outbox.to(OTHER, "Mottaget")) == others
    assert len(server.outbox.to(FLOODER, "Mottaget")) == REPLIES
