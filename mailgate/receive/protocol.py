"""aiosmtpd's SMTP protocol with two costs trimmed; the SMTP dialogue itself stays aiosmtpd's.

Profiled in the acceptor (docs/intake.md), per message of a new connection:

- `SMTP.__init__` inspects the handler and every method of the protocol by name
  (`inspect.getmembers`, `dir`) at each connection: ~230 us. A session here is a copy of
  one prototype built once by aiosmtpd's own `__init__`, with the per-connection parts
  (stream reader, bound methods) made anew.
- `_getaddr` runs the RFC 5322 header parser of the email package on MAIL and RCPT, and
  defines a typing class at each call: ~120 us each. A plain `<local@domain>` (nearly all
  mail) is read by one regular expression; anything else still goes to aiosmtpd.

Both are checked against aiosmtpd's own results in tests/receive/test_protocol_trim.py.
"""

from __future__ import annotations

import asyncio
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
        new._smtp_methods = {name: _rebind(method, self, new)
                             for name, method in self._smtp_methods.items()}
        new._auth_methods = {name: attr._replace(method=_rebind(attr.method, self, new))
                             for name, attr in self._auth_methods.items()}
        return new

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        match = PLAIN_ADDRESS.fullmatch(arg) if arg else None
        if match is None or (self.local_part_limit and
                             len(match[1].rpartition("@")[0]) > self.local_part_limit):
            return super()._getaddr(arg)
        return match[1], match[2] or ""


def _rebind(method: Any, old: object, new: object) -> Any:
    """A method bound to the prototype, bound to the new session instead."""
    if isinstance(method, types.MethodType) and method.__self__ is old:
        return types.MethodType(method.__func__, new)
    return method
