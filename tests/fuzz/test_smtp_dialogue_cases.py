"""What the SMTP dialogue fuzz found, kept as plain tests against the real gateway."""

from __future__ import annotations

import smtplib
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from .dialogue import DOMAIN, spool_file_gateway
from support import free_port

TRANSACTION = ("EHLO hangup.example\r\nMAIL FROM:<a@kommun.example.se>\r\n"
               f"RCPT TO:<vsn@{DOMAIN}>\r\nDATA\r\n").encode()


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    port = free_port()
    with spool_file_gateway(tmp_path, port) as path:
        yield port, path


def test_clients_hanging_up_after_the_final_dot_do_not_stop_the_gateway(
        gateway: tuple[int, Path]) -> None:
    # Found by the dialogue fuzz: aiosmtpd cancels the DATA handler of a client that hangs
    # up while its message is being committed; the spool writer then set a result on the
    # cancelled future, died, and from then on every DATA waited for ever.
    port, path = gateway
    for n in range(20):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.recv(1024)
            sock.sendall(TRANSACTION + f"Subject: hang-up {n}\r\n\r\nHej.\r\n.\r\n".encode())
            sock.shutdown(socket.SHUT_WR)
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("after.example")
        client.mail("b@kommun.example.se")
        client.rcpt(f"vsn@{DOMAIN}")
        code, text = client.data(b"Subject: after\r\n\r\nHej.\r\n")
    assert code == 250, text
    with sqlite3.connect(path) as db:
        rows = [bytes(r[0]) for r in db.execute("SELECT raw FROM inbound_mail ORDER BY id")]
    assert rows[-1] == b"Subject: after\r\n\r\nHej.\r\n"
    # Those that hung up never heard 250: each is stored or not, but never twice.
    assert len(rows) == len(set(rows)) <= 21
