"""aiosmtpd's SMTP protocol with two costs trimmed; the SMTP dialogue itself stays aiosmtpd's.

Profiled in the acceptor (docs/intake.md), per message of a new connection:

- `SMTP.__init__` inspects the handler and every method of the protocol by name
  (`inspect.getmembers`, `dir`) at each connection: ~230 us. A session here is a copy of
  one prototype built once by aiosmtpd's own `__init__`, with the per-connection parts
  (stream reader, bound methods) made anew.
- `_getaddr` runs the RFC 5322 header parser of the email package on MAIL and RCPT, and
  defines a typing class at each call: ~120 us each. A plain `<local@domain>` (nearly all
  mail) is read by one regular expression; anything else still goes to aiosmtpd.
- `_reset_timeout` cancels and schedules a timer at every command. Here a command only
  moves the session's deadline; the one timer, when it fires early, sleeps on to it.

Both are checked against aiosmtpd's own results in tests/receive/test_protocol_trim.py.
"""

from __future__ import annotations

import asyncio
import inspect
import re
import types
from typing import Any

from aiosmtpd.smtp import SMTP

# Lines longer than RFC 5321's 1000 octets still arrive from real mailers (unencoded HTML);
# refusing them would lose reports, so allow far longer ones.
LINE_LIMIT = 64 * 1024

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
# `<dot-atom@domain>`, then either nothing or blanks and parameters. A comment after the
# address, quoted local parts, literals, source routes: aiosmtpd's parser.
PLAIN_ADDRESS = re.compile(
    rf"<({_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>(?:[ \t]+([^ \t(].*))?",
    re.DOTALL)


class GatewaySMTP(SMTP):
    line_length_limit = LINE_LIMIT

    def clone(self) -> GatewaySMTP:
        """A new session protocol, as aiosmtpd's __init__ with these arguments would build it."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        reader = asyncio.StreamReader(loop=self.loop, limit=self.line_length_limit)
        asyncio.StreamReaderProtocol.__init__(new, reader,
                                              client_connected_cb=new._cb_client_connected,
                                              loop=self.loop)
        new._smtp_methods = {name: types.MethodType(function, new)
                             for name, function in SMTP_FUNCTIONS.items()}
        new._auth_methods = {name: type(attr)(_rebind(attr.method, self, new), attr.is_builtin)
                             for name, attr in self._auth_methods.items()}
        return new

    def _reset_timeout(self, duration: float | None = None) -> None:
        deadline = self.loop.time() + (duration or self._timeout_duration)
        self._deadline = deadline
        handle = self._timeout_handle
        if handle is None or handle.cancelled() or deadline < handle.when():
            if handle is not None:
                handle.cancel()
            self._timeout_handle = self.loop.call_at(deadline, self._timeout_cb)

    def _timeout_cb(self) -> None:
        if self.loop.time() < self._deadline:  # commands came since it was set
            self._timeout_handle = self.loop.call_at(self._deadline, self._timeout_cb)
            return
        super()._timeout_cb()  # type: ignore[no-untyped-call]

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        match = PLAIN_ADDRESS.fullmatch(arg) if arg else None
        if match is None or (self.local_part_limit and
                             len(match[1].rpartition("@")[0]) > self.local_part_limit):
            return super()._getaddr(arg)
        return match[1], match[2] or ""


# aiosmtpd's table of command methods, as its __init__ builds it from dir(self) ("smtp_X").
SMTP_FUNCTIONS = {name[len("smtp_"):]: function
                  for name, function in inspect.getmembers(GatewaySMTP, inspect.isfunction)
                  if name.startswith("smtp_")}


def _rebind(method: Any, old: object, new: object) -> Any:
    """A method bound to the prototype, bound to the new session instead."""
    if isinstance(method, types.MethodType) and method.__self__ is old:
        return types.MethodType(method.__func__, new)
    return method
