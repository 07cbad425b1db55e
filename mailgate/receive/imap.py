"""IMAP intake: a mailbox watched with IDLE (or polled), stored through the same spool as SMTP.

A message leaves the watched folder only after the store has committed it, so a crash
anywhere leaves it either in the folder (fetched again, then recognised as a duplicate)
or both stored and moved. Connection failures reconnect with backoff and are reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from imapclient import IMAPClient
from sqlalchemy import select

from mailgate.config.settings import Gateway, Imap
from mailgate.parse import parse
from mailgate.parse.envelope import header_envelope
from mailgate.receive.spool import Envelope, Spool
from store.models import InboundMail

log = logging.getLogger(__name__)

FailureHook = Callable[[int, str], None]
FETCH_BATCH = 50
IDLE_SLICE_SECONDS = 1.0       # how often an IDLE wait looks at the stop flag
IDLE_RENEW_SECONDS = 25 * 60   # RFC 2177: re-issue IDLE before the 30-minute server timeout
# Tell the operators after this many failures in a row, then every REPORT_EVERY more.
REPORT_AT = 3
REPORT_EVERY = 20


@dataclass(frozen=True)
class Backoff:
    first: float = 1.0
    limit: float = 300.0

    def delay(self, failures: int) -> float:
        return float(min(self.limit, self.first * 2.0 ** max(0, failures - 1)))


def should_report(failures: int) -> bool:
    return failures == REPORT_AT or (
        failures > REPORT_AT and (failures - REPORT_AT) % REPORT_EVERY == 0)


class ImapPoller:
    def __init__(self, settings: Imap, spool: Spool, stop: threading.Event,
                 on_failure: FailureHook = lambda count, error: None, *,
                 gateway: Gateway | None = None, backoff: Backoff = Backoff()) -> None:
        self.settings = settings
        self.spool = spool
        self.stop = stop
        self.on_failure = on_failure
        self.gateway = gateway
        self.backoff = backoff
        self.failures = 0
        self._client: IMAPClient | None = None

    def run(self) -> None:
        """Store and move messages until `stop` is set; never raises."""
        while not self.stop.is_set():
            try:
                self.poll_once()
                self.failures = 0
                self._wait_for_mail()
            except Exception as exc:  # network, TLS, IMAP or store: all mean retry later
                self._failed(exc)
        self._disconnect()

    def poll_once(self) -> int:
        """Store every message in the folder, then move the stored ones; the number stored."""
        client = self._connected()
        client.noop()  # the server tells a selected session about new mail only on a command
        uids = client.search(["NOT", "DELETED"])
        stored = 0
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start:start + FETCH_BATCH]
            fetched = client.fetch(batch, ["BODY.PEEK[]"])
            done: list[int] = []
            for uid in batch:
                raw = fetched.get(uid, {}).get(b"BODY[]")
                if isinstance(raw, bytes):
                    stored += self._store(raw)
                    done.append(uid)
            self._move(client, done)
        return stored

    def _store(self, raw: bytes) -> int:
        domain = self.gateway.domain if self.gateway else "invalid"
        envelope = header_envelope(parse(raw, domain=domain), self.gateway)
        if self._already_stored(raw, envelope.message_id):
            return 0
        self.spool.store(Envelope(mail_from=envelope.mail_from, rcpt_tos=envelope.rcpt_tos,
                                  peer=f"imap:{self.settings.host}"[:128], raw=raw,
                                  source="imap"))
        return 1

    def _already_stored(self, raw: bytes, message_id: str) -> bool:
        # Same bytes, and either the same Message-ID or not yet processed (no id recorded):
        # a message fetched again after a crash between commit and move.
        table = InboundMail.__table__  # type: ignore[attr-defined]
        digest = hashlib.sha256(raw).hexdigest()
        stmt = select(table.c.id).where(
            table.c.sha256 == digest,
            (table.c.message_id == message_id[:998]) | table.c.message_id.is_(None)).limit(1)
        with self.spool.engine.connect() as conn:
            return conn.execute(stmt).first() is not None

    def _move(self, client: IMAPClient, uids: list[int]) -> None:
        if not uids:
            return
        if client.has_capability("MOVE"):
            client.move(uids, self.settings.processed_folder)
            return
        client.copy(uids, self.settings.processed_folder)
        client.delete_messages(uids)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()

    def _connected(self) -> IMAPClient:
        if self._client is None:
            s = self.settings
            client = IMAPClient(s.host, port=s.port, ssl=s.tls, timeout=60)
            try:
                client.login(s.user, s.password)
                if not client.folder_exists(s.processed_folder):
                    client.create_folder(s.processed_folder)
                client.select_folder(s.folder)
            except Exception:
                _close(client)
                raise
            self._client = client
        return self._client

    def _wait_for_mail(self) -> None:
        client = self._client
        if client is not None and client.has_capability("IDLE"):
            self._idle(client)
        else:
            self.stop.wait(self.settings.poll_seconds)

    def _idle(self, client: IMAPClient) -> None:
        # Poll anyway after poll_seconds: IDLE is a hint, not a guarantee.
        budget = min(self.settings.poll_seconds, IDLE_RENEW_SECONDS)
        client.idle()
        try:
            waited = 0.0
            while not self.stop.is_set() and waited < budget:
                if client.idle_check(timeout=IDLE_SLICE_SECONDS):
                    return
                waited += IDLE_SLICE_SECONDS
        finally:
            client.idle_done()

    def _failed(self, exc: Exception) -> None:
        self.failures += 1
        error = f"{type(exc).__name__}: {exc}"[:500]
        log.warning("IMAP intake failed (%d in a row): %s", self.failures, type(exc).__name__)
        self._disconnect()
        if should_report(self.failures):
            try:
                self.on_failure(self.failures, error)
            except Exception:  # a broken hook must not stop the intake
                log.exception("IMAP failure hook failed")
        self.stop.wait(self.backoff.delay(self.failures))

    def _disconnect(self) -> None:
        if self._client is not None:
            _close(self._client)
            self._client = None


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # already broken: just drop the socket
        with contextlib.suppress(Exception):
            client.shutdown()
