"""`vsn serve`'s side of the acceptor processes: start them, hear that mail is stored,
stop them, and stop the service when one dies.

`[gateway] acceptors` processes listen on one port with SO_REUSEPORT. Before they bind,
the port is checked free without that option, so a second `vsn serve` (or anything else)
on the same port is an error, not a silent sharer of the traffic. With a SQLite store each
acceptor commits into its own spool file and one hand-off thread here moves them all into
the store (handoff.py); with PostgreSQL each writes into the store.
"""

from __future__ import annotations

import errno
import logging
import multiprocessing
import socket
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from sqlalchemy.engine import Engine

from mailgate.config.settings import Gateway
from mailgate.receive.acceptor import BIND_SECONDS, READY, Job, acceptor_main
from mailgate.receive.flood import per_process
from mailgate.receive.handoff import Handoff, open_spool, spool_url, spool_urls
from mailgate.receive.smtp import MAX_RECIPIENTS

log = logging.getLogger(__name__)


class Acceptors:
    def __init__(self, gateway: Gateway, store_url: str, store: Engine,
                 on_stored: Callable[[], None], on_exit: Callable[[], None], *,
                 per_sender_per_minute: int, per_client_per_minute: int = 0,
                 max_recipients: int = MAX_RECIPIENTS) -> None:
        self.gateway = gateway
        self.on_exit = on_exit
        self.stopping = False
        count = gateway.acceptors
        spools = spool_urls(store_url, count)
        self.handoff = Handoff([open_spool(u) for u in spools], store, on_stored) \
            if spools else None
        self.on_stored = self.handoff.wake if self.handoff else on_stored
        limit = per_process(per_sender_per_minute, count)
        per_client = per_process(per_client_per_minute, count) if per_client_per_minute else 0
        context = multiprocessing.get_context("spawn")  # no fork of a process with threads
        self.processes: list[BaseProcess] = []
        self.conns: list[Connection] = []
        self._children: list[Connection] = []
        for number in range(1, count + 1):
            spool = spool_url(store_url, number)
            job = Job(number, gateway, spool or store_url, spool is not None, limit,
                      per_client, max_recipients)
            ours, child = context.Pipe()
            self.processes.append(context.Process(target=acceptor_main, args=(job, child),
                                                  name=f"vsn-acceptor-{number}"))
            self.conns.append(ours)
            self._children.append(child)
        self._relay = threading.Thread(target=self._listen, name="acceptor-relay", daemon=True)

    def start(self, timeout: float = 60.0) -> None:
        if self.handoff is not None:
            self.handoff.start()  # mail a previous run left in the spools goes first
        try:
            _wait_until_free(self.gateway)
            for process, child in zip(self.processes, self._children, strict=True):
                process.start()
                child.close()  # only the child holds it now: its death is our EOF
            for conn in self.conns:
                _expect_ready(conn, timeout)
        except BaseException:
            self.stop()
            raise
        self._relay.start()

    def stop(self, timeout: float = 30.0) -> None:
        self.stopping = True
        started = [p for p in self.processes if p.pid is not None]
        for process in started:
            if process.is_alive():
                process.terminate()  # SIGTERM: each drains, then exits; all at once
        for process in started:
            process.join(timeout)
            if process.is_alive():
                process.kill()
                process.join(5)
        if self._relay.is_alive():
            self._relay.join(5)
        for conn in [*self.conns, *self._children]:  # children's ends: if never started
            conn.close()
        if self.handoff is not None:
            self.handoff.close()

    def _listen(self) -> None:
        """Wake the hand-off (or the workers) at each commit; end at the first EOF."""
        while True:
            for conn in wait(self.conns):
                assert isinstance(conn, Connection)
                try:
                    conn.recv_bytes()
                except (EOFError, OSError):
                    self._ended(conn)
                    return
            self.on_stored()

    def _ended(self, conn: Connection) -> None:
        if self.stopping:
            return
        process = self.processes[self.conns.index(conn)]
        process.join(1)
        log.error("SMTP acceptor %s exited (code %s)", process.name, process.exitcode)
        self.on_exit()


def _expect_ready(conn: Connection, timeout: float) -> None:
    if not conn.poll(timeout):
        raise TimeoutError("an SMTP acceptor did not start")
    try:
        first = conn.recv_bytes()
    except EOFError:
        first = b"the acceptor process exited"
    if first != READY:
        raise RuntimeError(f"the SMTP acceptor failed: {first.decode(errors='replace')}")


def _wait_until_free(g: Gateway) -> None:
    """The port must be free for a socket without SO_REUSEPORT (waiting a little for an
    acceptor of a previous run that is still answering its last messages)."""
    deadline = time.monotonic() + BIND_SECONDS
    while True:
        try:
            return _probe(g.host, g.port)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                raise RuntimeError(f"cannot listen on {g.host}:{g.port}: {exc}") from exc
            time.sleep(0.1)


def _probe(host: str, port: int) -> None:
    for family, kind, proto, _, address in socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE):
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as asyncio binds
            probe.bind(address)
