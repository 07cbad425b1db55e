"""Wiring for `vsn serve`: store, spool, SMTP gateway, workers; started and stopped in order."""

from __future__ import annotations

import logging
import threading

from aiosmtpd.controller import Controller
from sqlalchemy.engine import Engine

from digest.transports import MaildirTransport, SmtpTransport, Transport
from mailgate.context import Context
from mailgate.receive.smtp import make_controller
from mailgate.receive.spool import Spool
from mailgate.settings import Delivery, Settings
from mailgate.workers import Workers, release_dead_claims
from store.db import create_schema, make_engine

log = logging.getLogger(__name__)


def make_transport(d: Delivery) -> Transport:
    if d.kind == "maildir":
        assert d.maildir is not None
        return MaildirTransport(d.maildir)
    return SmtpTransport(d.host, d.port, starttls=d.starttls, username=d.username,
                         password=d.password, timeout=d.timeout_seconds)


def open_store(settings: Settings) -> Engine:
    engine = make_engine(settings.store.url)
    create_schema(engine)
    return engine


class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ctx = Context(settings)
        self.engine = open_store(settings)
        self.workers = Workers(self.engine, self.ctx, make_transport(settings.delivery))
        self.spool = Spool(self.engine, on_stored=self.workers.inbound_wake.set)
        self.controller: Controller | None = None
        self.stopped = threading.Event()

    def start(self, *, smtp: bool = True, threads: bool = True) -> None:
        released = release_dead_claims(self.engine)
        if released:
            log.info("released %d rows claimed by a process that is gone", released)
        self.spool.start()
        if threads:
            self.workers.start()
        if smtp:
            self.controller = make_controller(self.settings.gateway, self.spool)
            self.controller.start()
            g = self.settings.gateway
            log.info("SMTP gateway listening on %s:%d for @%s", g.host, g.port, g.domain)

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
        self.spool.close()
        self.workers.shutdown()
        self.engine.dispose()
        self.stopped.set()
