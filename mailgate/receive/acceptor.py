"""Running the SMTP gateway: in a process of its own for `vsn serve`, or in a thread.

Why a process of its own: the workers parse and scan with the GIL held. Sharing it, the
event loop waited up to a switch interval (5 ms) for every wake-up, and `vsn serve`
accepted 24 messages a second with one session (docs/intake.md). The acceptor process has
its own spool writer and database connection; it only tells the service process, over a
pipe, that new mail is stored, so idle workers start at once.

The pipe also ties the two lives together: the service closes its end (or dies) and the
acceptor stops listening, answers the messages it is committing, and exits.

With a SQLite store the acceptor commits into a spool file of its own, which a thread of
the service hands over to the store (handoff.py explains why).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import multiprocessing
import signal
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection

from sqlalchemy.engine import Engine

from mailgate.receive.handoff import Handoff, open_spool, spool_url
from mailgate.receive.smtp import GatewayHandler, make_session
from mailgate.receive.spool import Spool, SqliteFileRows
from mailgate.redact import configure_logging
from mailgate.settings import Gateway

log = logging.getLogger(__name__)

DRAIN_SECONDS = 10.0
BIND_SECONDS = 5.0
READY = b"ready"
STORED = b"stored"


async def serve(handler: GatewayHandler, stop: asyncio.Event,
                ready: Callable[[], None] = lambda: None) -> None:
    """Listen until `stop` is set; then answer what is being stored and hang up on the rest."""
    server = await _listen(handler)
    ready()
    try:
        await stop.wait()
    finally:
        server.close()
        await _drain(handler)


async def _listen(handler: GatewayHandler) -> asyncio.Server:
    """Bind, waiting a little while the port is still held: after a crash, the old
    acceptor may still be answering its last messages when the new one starts."""
    loop = asyncio.get_running_loop()
    g = handler.gateway
    deadline = loop.time() + BIND_SECONDS
    while True:
        try:
            return await loop.create_server(lambda: make_session(handler), g.host, g.port,
                                            backlog=1024)
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

    def __init__(self, gateway: Gateway, spool: Spool) -> None:
        self.handler = GatewayHandler(gateway, spool)
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


class AcceptorProcess:
    """`vsn serve`'s side of the acceptor: start it, hear that mail is stored, stop it."""

    def __init__(self, gateway: Gateway, store_url: str, store: Engine,
                 on_stored: Callable[[], None], on_exit: Callable[[], None]) -> None:
        self.gateway = gateway
        self.on_exit = on_exit
        self.stopping = False
        spool = spool_url(store_url)
        self.handoff = Handoff(open_spool(spool), store, on_stored) if spool else None
        self.on_stored = self.handoff.wake if self.handoff else on_stored
        context = multiprocessing.get_context("spawn")  # no fork of a process with threads
        self.conn, child = context.Pipe()
        self.process = context.Process(target=acceptor_main, name="vsn-acceptor",
                                       args=(gateway, spool or store_url, bool(spool), child))
        self._child = child
        self._relay = threading.Thread(target=self._listen, name="acceptor-relay", daemon=True)

    def start(self, timeout: float = 60.0) -> None:
        if self.handoff is not None:
            self.handoff.start()  # mail a previous run left in the spool goes first
        self.process.start()
        self._child.close()  # only the child holds it now: its death is our EOF
        if not self.conn.poll(timeout):
            self.stop()
            raise TimeoutError("the SMTP acceptor did not start")
        try:
            first = self.conn.recv_bytes()
        except EOFError:
            first = b"the acceptor process exited"
        if first != READY:
            self.stop()
            raise RuntimeError(f"the SMTP acceptor failed: {first.decode(errors='replace')}")
        self._relay.start()

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping = True
        if self.process.is_alive():
            self.process.terminate()  # SIGTERM: the child drains, then exits
            self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        if self._relay.is_alive():
            self._relay.join(5)
        self.conn.close()
        if self.handoff is not None:
            self.handoff.close()

    def _listen(self) -> None:
        while True:
            try:
                self.conn.recv_bytes()
            except (EOFError, OSError):
                break
            self.on_stored()
        if not self.stopping:
            log.error("the SMTP acceptor process exited (code %s)", self.process.exitcode)
            self.on_exit()


def acceptor_main(gateway: Gateway, url: str, spool_file: bool, conn: Connection) -> None:
    """The acceptor process: its own spool writer, the gateway on its event loop."""
    configure_logging(process="acceptor")  # a spawned process: no addresses in its log
    try:
        engine = open_spool(url)
        rows = SqliteFileRows(str(engine.url.database)) if spool_file else None
        spool = Spool(engine, on_stored=lambda: _tell(conn, STORED), rows=rows)
        spool.start()
    except Exception as exc:
        _tell(conn, f"{type(exc).__name__}: {exc}".encode())
        raise
    try:
        asyncio.run(_child(GatewayHandler(gateway, spool), conn))
    except OSError as exc:  # e.g. the port is taken
        _tell(conn, f"cannot listen on {gateway.host}:{gateway.port}: {exc}".encode())
    finally:
        spool.close()
        engine.dispose()


async def _child(handler: GatewayHandler, conn: Connection) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    loop.add_reader(conn.fileno(), stop.set)  # the service closed its end or died
    await serve(handler, stop, ready=lambda: _tell(conn, READY))


def _tell(conn: Connection, message: bytes) -> None:
    with contextlib.suppress(OSError):  # the service is gone; the pipe reader stops us
        conn.send_bytes(message)
