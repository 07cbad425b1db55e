"""Running the SMTP gateway: in acceptor processes for `vsn serve`, or in a thread.

Why processes of their own: the workers parse and scan with the GIL held. Sharing it, the
event loop waited up to a switch interval (5 ms) for every wake-up, and `vsn serve`
accepted 24 messages a second with one session (docs/intake.md). An acceptor process has
its own spool writer and database connection; it only tells the service process, over a
pipe, that new mail is stored, so idle workers start at once. Several acceptors share the
port (SO_REUSEPORT: the kernel spreads connections over them), each with its own spool.

The pipe also ties the lives together: the service closes its end (or dies) and the
acceptor stops listening, answers the messages it is committing, and exits.

This module is the acceptor's side; acceptors.py is the service's.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from mailgate.config.settings import Gateway
from mailgate.privacy import configure_logging
from mailgate.receive.flood import SenderLimit
from mailgate.receive.handoff import open_spool
from mailgate.receive.smtp import MAX_RECIPIENTS, GatewayHandler, make_session
from mailgate.receive.spool import Spool, SqliteFileRows

DRAIN_SECONDS = 10.0
BIND_SECONDS = 5.0
READY = b"ready"
STORED = b"stored"


async def serve(handler: GatewayHandler, stop: asyncio.Event,
                ready: Callable[[], None] = lambda: None, *, reuse_port: bool = False) -> None:
    """Listen until `stop` is set; then answer what is being stored and hang up on the rest."""
    server = await _listen(handler, reuse_port)
    ready()
    try:
        await stop.wait()
    finally:
        server.close()
        await _drain(handler)


async def _listen(handler: GatewayHandler, reuse_port: bool) -> asyncio.Server:
    """Bind, waiting a little while the port is still held: after a crash, the old
    acceptor may still be answering its last messages when the new one starts."""
    loop = asyncio.get_running_loop()
    g = handler.gateway
    deadline = loop.time() + BIND_SECONDS
    while True:
        try:
            return await loop.create_server(lambda: make_session(handler), g.host, g.port,
                                            backlog=1024, reuse_port=reuse_port or None)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or loop.time() > deadline:
                raise
            await asyncio.sleep(0.1)


async def _drain(handler: GatewayHandler) -> None:
    """Let messages being committed get their answer; sessions still open are then
    cancelled when the loop ends, and their clients retry."""
    waited = 0.0
    while handler.in_flight and waited < DRAIN_SECONDS:
        await asyncio.sleep(0.05)
        waited += 0.05


class GatewayThread:
    """The gateway on an event loop in a thread of this process (tests, in-memory stores)."""

    def __init__(self, gateway: Gateway, spool: Spool, limit: SenderLimit | None = None, *,
                 clients: SenderLimit | None = None,
                 max_recipients: int = MAX_RECIPIENTS) -> None:
        self.handler = GatewayHandler(gateway, spool, limit, clients=clients,
                                      max_recipients=max_recipients)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="smtp-gateway", daemon=True)

    def start(self, timeout: float = 30.0) -> None:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the SMTP gateway did not start")
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):  # loop already closed
                self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=30)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # reported to start(), which raises it
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await serve(self.handler, self._stop, ready=self._ready.set)


def make_controller(gateway: Gateway, spool: Spool) -> GatewayThread:
    return GatewayThread(gateway, spool)


@dataclass(frozen=True)
class Job:
    """What one acceptor process is told at its start."""

    number: int            # 1..acceptors
    gateway: Gateway
    url: str               # its spool file, or the store itself (PostgreSQL)
    spool_file: bool
    per_sender_per_minute: int
    per_client_per_minute: int = 0     # 0: no per-client limit
    max_recipients: int = MAX_RECIPIENTS


def acceptor_main(job: Job, conn: Connection) -> None:
    """An acceptor process: its own spool writer, the gateway on its event loop."""
    configure_logging(process=f"acceptor-{job.number}")  # a spawned process: no addresses
    try:
        engine = open_spool(job.url)
        rows = SqliteFileRows(str(engine.url.database), lane=job.number - 1,
                              lanes=job.gateway.acceptors) if job.spool_file else None
        spool = Spool(engine, on_stored=lambda: _tell(conn, STORED), rows=rows)
        spool.start()
    except Exception as exc:
        _tell(conn, f"{type(exc).__name__}: {exc}".encode())
        raise
    clients = SenderLimit(job.per_client_per_minute) if job.per_client_per_minute else None
    handler = GatewayHandler(job.gateway, spool, SenderLimit(job.per_sender_per_minute),
                             clients=clients, max_recipients=job.max_recipients)
    try:
        run_loop(_child(handler, conn))
    except OSError as exc:  # e.g. the port is taken
        g = job.gateway
        _tell(conn, f"cannot listen on {g.host}:{g.port}: {exc}".encode())
    finally:
        spool.close()
        engine.dispose()


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """On uvloop where it is installed: aiosmtpd is the same, the event loop under it
    costs ~15 % less CPU per message (docs/intake.md)."""
    try:
        import uvloop
    except ImportError:  # not built for this platform: the standard loop
        asyncio.run(main)
        return
    uvloop.run(main)


async def _child(handler: GatewayHandler, conn: Connection) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    loop.add_reader(conn.fileno(), stop.set)  # the service closed its end or died
    await serve(handler, stop, ready=lambda: _tell(conn, READY), reuse_port=True)


def _tell(conn: Connection, message: bytes) -> None:
    with contextlib.suppress(OSError):  # the service is gone; the pipe reader stops us
        conn.send_bytes(message)
