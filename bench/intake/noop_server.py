"""The reference: a plain aiosmtpd server whose handler answers 250 and keeps nothing.

Run as `python noop_server.py PORT`; stops on SIGTERM.
"""

from __future__ import annotations

import signal
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


class Noop:
    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return "250 2.0.0 OK"


def main(port: int) -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    controller = Controller(Noop(), hostname="127.0.0.1", port=port, decode_data=False)
    controller.start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]))
