"""Wiring for `vsn serve`: store, spool, SMTP gateway, workers; started and stopped in order."""

from __future__ import annotations

import logging
import threading

from digest.deliver.transports import MaildirTransport, SmtpTransport, Transport
from mailgate.config.settings import Delivery, Settings
from mailgate.context import Context
from mailgate.receive.acceptor import GatewayThread
from mailgate.receive.acceptors import Acceptors
from mailgate.receive.flood import SenderLimit
from mailgate.receive.imap import ImapPoller
from mailgate.receive.spool import Spool
from mailgate.scan import warm_up
from mailgate.service.alerts import alert_operators
from mailgate.service.portal_server import portal_server
from mailgate.service.schedule import REVIEW_REQUESTS, Schedule
from mailgate.service.workers import Workers, release_dead_claims
from store import db as store_db

log = logging.getLogger(__name__)


def make_transport(d: Delivery) -> Transport:
    if d.kind == "maildir":
        assert d.maildir is not None
        return MaildirTransport(d.maildir)
    return SmtpTransport(d.host, d.port, starttls=d.starttls, username=d.username,
                         password=d.password, timeout=d.timeout_seconds)


class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ctx = Context(settings)
        self.engine = store_db.open_store(settings.store.url)
        self.workers = Workers(self.engine, self.ctx, make_transport(settings.delivery))
        self.spool = Spool(self.engine, on_stored=self.workers.inbound_wake.set)
        self.schedule = Schedule(self.engine, self.ctx, self.workers.outbox_wake.set)
        self.gateway: Acceptors | GatewayThread | None = None
        self.stopped = threading.Event()
        self.failed = False
        self.imap_stop = threading.Event()
        self.imap_thread: threading.Thread | None = None
        self.portal = portal_server(self.ctx, self.engine, self.workers.inbound_wake.set,
                                    self.workers.outbox_wake.set, self._review_requested)

    def start(self, *, smtp: bool = True, threads: bool = True) -> None:
        released = release_dead_claims(self.engine, self.ctx, self.workers.journals)
        if released:
            log.info("released %d rows claimed by a process that is gone", released)
        self.spool.start()
        if threads:
            # Building the scanner takes about 1.5 s; do it now, not on the first red report.
            threading.Thread(target=warm_up, name="scan-warm-up", daemon=True).start()
            self.workers.start()
            self.schedule.start()
        if smtp:
            self.gateway = self._gateway()
            self.gateway.start()
            g = self.settings.gateway
            log.info("SMTP gateway listening on %s:%d for @%s", g.host, g.port, g.domain)
        if threads and self.settings.imap is not None:
            self._start_imap()
        if smtp and self.portal is not None:
            self.portal.start()

    def _start_imap(self) -> None:
        imap = self.settings.imap
        assert imap is not None

        def on_failure(count: int, error: str) -> None:
            alert_operators(self.engine, self.ctx, "admin/imap_failure",
                            "VSN: IMAP-hämtningen fungerar inte", host=imap.host,
                            folder=imap.folder, count=count, error=error)
            self.workers.outbox_wake.set()

        poller = ImapPoller(imap, self.spool, self.imap_stop, on_failure=on_failure,
                            gateway=self.settings.gateway)
        self.imap_thread = threading.Thread(target=poller.run, name="imap", daemon=True)
        self.imap_thread.start()
        log.info("IMAP intake watching %s on %s", imap.folder, imap.host)

    def _review_requested(self) -> None:
        # A moderator asked in the portal for a review mail: the job sends it now.
        self.schedule.run_soon(REVIEW_REQUESTS)

    def _gateway(self) -> Acceptors | GatewayThread:
        """SMTP in acceptor processes of its own (docs/intake.md); in-process for an
        in-memory store, which another process could not see."""
        intake = self.settings.intake
        per_minute = intake.messages_per_sender_per_minute
        if self.settings.store.url.endswith(":memory:"):
            clients = SenderLimit(intake.messages_per_client_per_minute) \
                if intake.messages_per_client_per_minute else None
            return GatewayThread(self.settings.gateway, self.spool, SenderLimit(per_minute),
                                 clients=clients, max_recipients=intake.max_recipients)
        return Acceptors(self.settings.gateway, self.settings.store.url, self.engine,
                         on_stored=self.workers.inbound_wake.set, on_exit=self._acceptor_died,
                         per_sender_per_minute=per_minute,
                         per_client_per_minute=intake.messages_per_client_per_minute,
                         max_recipients=intake.max_recipients)

    def _acceptor_died(self) -> None:
        # Exit non-zero so that a supervisor's "restart on failure" brings all back.
        self.failed = True
        self.stopped.set()

    def stop(self) -> None:
        self.workers.begin_shutdown()   # rows in hand stop now, while the rest closes
        if self.portal is not None:
            self.portal.stop()
        if self.gateway is not None:
            self.gateway.stop()
        self.imap_stop.set()
        if self.imap_thread is not None:
            self.imap_thread.join(timeout=30)
        self.spool.close()
        self.schedule.stop()
        self.workers.shutdown()
        self.engine.dispose()
        self.stopped.set()
