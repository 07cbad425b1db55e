"""Random and mutated SMTP dialogues against the real aiosmtpd gateway over loopback.

Sessions pipeline commands, bad and long lines, binary and messages, are cut at random
points and end by QUIT, by a half close or by hanging up. Whatever a session does, the
gateway answers another client while it is open and after it ends, and every 250 after
DATA names a stored row holding bytes that session sent. Bounded by FUZZ_EXAMPLES (set it
higher, with --timeout=0, for a longer run: README.md); every failure found becomes a case
in test_smtp_dialogue_cases.
"""

from __future__ import annotations

import re
import smtplib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from .budget import DERANDOMIZE, examples
from .dialogue import DOMAIN, Plan, RawClient, plans, spool_file_gateway
from support import free_port

EXAMPLES = examples(80)
MAX_SIZE = 64 * 1024


class Gateway:
    """The acceptor's parts as `vsn serve` runs them on SQLite: aiosmtpd, spool file."""

    def __init__(self, port: int, path: Path) -> None:
        self.port = port
        self.path = path
        self.sent: list[bytes] = []          # every session's bytes, unstuffed
        self.probes: dict[int, bytes] = {}
        self.accepted = 0                    # 250s the fuzz sessions got

    def __repr__(self) -> str:  # hypothesis prints it with a failing example
        return f"Gateway(port={self.port}, sessions={len(self.sent)})"

    def rows_after(self, last: int) -> dict[int, tuple[bytes, str, int]]:
        with sqlite3.connect(self.path) as db:
            found = db.execute("SELECT id, raw, rcpt_tos, size FROM inbound_mail WHERE id > ?",
                               (last,))
            return {r[0]: (bytes(r[1]), str(r[2]), int(r[3])) for r in found}

    def last_id(self) -> int:
        with sqlite3.connect(self.path) as db:
            return int(db.execute("SELECT coalesce(max(id), 0) FROM inbound_mail").fetchone()[0])

    def probe(self) -> None:
        """Another client's whole transaction: answered, and its row is its bytes."""
        raw = f"Subject: probe {len(self.probes)}\r\n\r\nHej.\r\n".encode()
        with smtplib.SMTP("127.0.0.1", self.port, timeout=10) as client:
            client.ehlo("probe.example")
            client.mail("probe@kommun.example.se")
            client.rcpt(f"vsn@{DOMAIN}")
            code, text = client.data(raw)
        assert code == 250, (code, text)
        row_id = int(text.split()[-1])
        assert self.rows_after(row_id - 1)[row_id][0] == raw
        self.probes[row_id] = raw


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    base = tmp_path_factory.mktemp("dialogue")
    port = free_port()
    with spool_file_gateway(base, port, max_message_size=MAX_SIZE) as path:
        yield Gateway(port, path)


def unstuffed(data: bytes) -> bytes:
    # aiosmtpd splits DATA at CRLF only, and drops the first dot of a line (RFC 5321 4.5.2).
    return re.sub(rb"\r\n\.", b"\r\n", data)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE, print_blob=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(plan=plans())
def test_any_dialogue_keeps_the_gateway_answering_and_250_means_stored(
        gateway: Gateway, plan: Plan) -> None:
    before = gateway.last_id()
    client = RawClient(gateway.port)
    client.write(plan)
    gateway.probe()            # answered while this session is open, in whatever state
    replies = client.finish(plan.ending)
    gateway.probe()            # and after it ended
    sent = unstuffed(plan.sent)
    gateway.sent.append(sent)
    new = gateway.rows_after(before)
    if replies is not None:
        assert replies.codes and replies.codes[0] == 220
        assert all(200 <= c < 600 for c in replies.codes), replies.codes
        assert not replies.crashes, replies.crashes
        # The session ends with 221 to our QUIT, or the server ended it (421, 502 after
        # too many bad commands), when the last replies can be lost in the hang-up.
        assert 221 not in replies.codes or replies.codes[-1] == 221, replies.codes
        for row_id in replies.queued:   # 250 after DATA: that message is a row, as sent
            raw, rcpts, size = new[row_id]
            assert raw in sent, f"row {row_id} holds bytes this session did not send"
            assert size == len(raw) <= MAX_SIZE and rcpts != "[]"
        gateway.accepted += len(replies.queued)
    for row_id, (raw, _, size) in new.items():  # nothing stored that nobody sent
        if row_id not in gateway.probes:
            assert size <= MAX_SIZE, f"row {row_id}: {size} bytes stored"
            assert any(raw in s for s in gateway.sent), \
                f"row {row_id}: bytes nobody sent: {raw[:300]!r}, {len(raw)} bytes"


def test_the_dialogue_fuzz_reached_the_store(gateway: Gateway) -> None:
    # Runs after the property (file order): without 250s it would have held vacuously.
    assert gateway.accepted >= EXAMPLES // 10, f"{gateway.accepted} 250s in {EXAMPLES} sessions"
