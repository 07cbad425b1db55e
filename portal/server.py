"""uvicorn in a thread of `vsn serve`: started after the store, stopped before it."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable

import uvicorn

from portal.app import create_app
from portal.site import Site

log = logging.getLogger(__name__)


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (as the SMTP acceptors use): the same
    asyncio, with less CPU per request; else the standard loop."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


class PortalServer:
    def __init__(self, site: Site) -> None:
        s = site.settings
        # No access log: paths carry login and unsubscribe tokens, and clients' addresses
        # are personal data (docs/deploy.md has the proxy's log format).
        config = uvicorn.Config(create_app(site), host=s.host, port=s.port, access_log=False,
                                http="httptools", log_config=None, proxy_headers=True,
                                forwarded_allow_ips=s.forwarded_allow_ips,
                                server_header=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread: threading.Thread | None = None
        self.settings = s
        self.site = site

    def start(self, timeout: float = 15.0) -> None:
        self.thread = threading.Thread(target=self._run, name="portal", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the portal could not listen on "
                                   f"{self.settings.host}:{self.settings.port}")
            time.sleep(0.02)
        log.info("portal listening on %s:%d", self.settings.host, self.settings.port)

    def _run(self) -> None:
        # In a thread uvicorn installs no signal handlers: vsn serve handles SIGTERM.
        # Our own loop, so uvicorn's `loop` setting does not apply: uvloop where installed.
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            runner.run(self.server.serve())

    @property
    def started(self) -> bool:
        return bool(self.server.started)

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)
        self.site.close()
