"""Mail a test sends and reads: a report, a reply to a review, queue state of a server."""

from __future__ import annotations

import smtplib
import sqlite3
from email.message import EmailMessage
from typing import Any

import psycopg

from mailgate.receive.handoff import waiting

from support import Server, body
from synthetic import FICTIONAL_MOBILE, personnummer

REPORTER = "handlaggare@kommun-a.example.se"
MEMBERS = ["anna@kommun-a.example.se", "bo@region-b.example.se", "cia@polis.example.se"]
PNR = personnummer("850412", "123")


def import_members(server: Server) -> None:
    csv = "email,name,organisation,region\n" + "".join(
        f"{m},Medlem {i},Org {i},Region {i}\n" for i, m in enumerate(MEMBERS))
    (server.folder / "members.csv").write_text(csv, encoding="utf-8")
    result = server.vsn("members", "import", "members.csv")
    assert result.returncode == 0, result.stderr
    assert "3 members added" in result.stdout


def send(server: Server, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as client:
        client.send_message(msg)


def report_message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Handläggare A <{REPORTER}>"
    msg["To"] = "vsn@vsn.example.se"
    msg["Subject"] = "RÖD: fentanyl i falska oxykodontabletter"
    msg["Message-ID"] = "<report-1@kommun-a.example.se>"
    msg.set_content(
        "Hej,\n\nIgår kväll hittades en klient medvetslös efter att ha tagit blå tabletter "
        f"märkta M30. Klientens personnummer är {PNR}. Ring mig på {FICTIONAL_MOBILE} "
        "om ni vill veta mer.\n\nMvh\nHandläggare A\n")
    return msg


def reply_to(review: EmailMessage, sender: str, text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(review["Reply-To"])
    msg["Subject"] = "SV: " + str(review["Subject"])
    msg["In-Reply-To"] = str(review["Message-ID"])
    quoted = "\n".join("> " + line for line in body(review).splitlines())
    msg.set_content(f"{text}\n\nDen 23 nov. 2026 kl. 10:02 skrev VSN <vsn@vsn.example.se>:\n"
                    f"{quoted}\n")
    return msg


class Postgres:
    """A PostgreSQL connection that reads like sqlite3's (`?` placeholders)."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url.replace("+psycopg", ""))

    def __enter__(self) -> Postgres:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.commit()
        self.conn.close()

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> psycopg.Cursor[Any]:
        return self.conn.execute(sql.replace("?", "%s"), params)  # type: ignore[arg-type]


def db(server: Server) -> sqlite3.Connection | Postgres:
    """The server's store, SQLite or PostgreSQL, for SQL checks in tests."""
    if server.store_url.startswith("postgresql"):
        return Postgres(server.store_url)
    return sqlite3.connect(server.folder / "var" / "vsn.sqlite3")


def idle(server: Server) -> bool:
    # Accepted mail waits in the intake spool until handed to the store (docs/intake.md).
    if not server.store_url.startswith("postgresql") and waiting(
            f"sqlite:///{server.folder / 'var' / 'vsn.sqlite3'}"):
        return False
    with db(server) as conn:
        busy = conn.execute(
            "SELECT (SELECT count(*) FROM inbound_mail WHERE status IN ('received','processing'))"
            " + (SELECT count(*) FROM outbox WHERE status IN ('queued','sending'))").fetchone()
    return busy[0] == 0
