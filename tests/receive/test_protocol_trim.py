"""The trimmed aiosmtpd protocol (protocol.py) behaves as aiosmtpd's own."""

from __future__ import annotations

import asyncio
import functools
import types
from collections.abc import Callable
from pathlib import Path

from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from mailgate.receive.protocol import GatewaySMTP
from mailgate.receive.smtp import GatewayHandler, make_session

from receive.conftest import settings_for

ADDRESSES = [
    "<>", "<a@b.example>", "<a@b.example> SIZE=100", "<a@b.example>  BODY=8BITMIME SIZE=9",
    "<A.b+c@X-y.example>", "<a@b>", '<"a b"@c.d>', "<a..b@c>", "<a@[1.2.3.4]>",
    "<@x,@y:a@b>", "<a@b.>", "<.a@b>", "<a.@b>", "<a@-b.example>", "<a@b_c.example>",
    "<åäö@b.se>", "<a@b.example>x", "a@b", "<a@b.example", "<a@b.example> (c) SIZE=1",
    "<a@b.example>\tSIZE=1", "<a@b.example> ", "<a(c)@b.example>", "<a@b.example>>",
    "<<a@b.example>", "<a@b@c.example>", "<a b@c.example>",
]


@functools.cache
def sessions() -> tuple[GatewaySMTP, SMTP]:
    """Ours and aiosmtpd's own, on a loop of their own (only _getaddr is called)."""
    handler = GatewayHandler(settings_for(Path(".")).gateway, spool=None)  # type: ignore[arg-type]
    loop = asyncio.new_event_loop()
    return GatewaySMTP(handler, loop=loop), SMTP(handler, loop=loop)


def test_plain_addresses_read_as_aiosmtpd_reads_them() -> None:
    ours, theirs = sessions()
    for arg in ADDRESSES:
        assert ours._getaddr(arg) == SMTP._getaddr(theirs, arg), arg


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>@.aZ9-_+ \t\"()[]:,å=S", max_size=24))
def test_any_address_reads_as_aiosmtpd_reads_it(arg: str) -> None:
    ours, theirs = sessions()
    assert _outcome(ours._getaddr, arg) == _outcome(lambda a: SMTP._getaddr(theirs, a), arg)


def _outcome(read: Callable[[str], object], arg: str) -> object:
    """The result, or the exception aiosmtpd's parser raises (e.g. IndexError on "<")."""
    try:
        return read(arg)
    except Exception as exc:
        return type(exc)


def test_a_cloned_session_shares_nothing_of_a_connection(tmp_path: Path) -> None:
    async def check() -> None:
        handler = GatewayHandler(settings_for(tmp_path).gateway, spool=None)  # type: ignore[arg-type]
        first, second = make_session(handler), make_session(handler)
        prototype = handler._prototype
        assert prototype is not None
        fresh = GatewaySMTP(handler, loop=asyncio.get_running_loop())
        assert set(vars(first)) == set(vars(fresh))
        for session in (first, second):
            for name, value in vars(session).items():
                assert not _bound_to(value, prototype), name
                if isinstance(value, dict):
                    for item in value.values():
                        assert not _bound_to(item, prototype), name
                        assert not _bound_to(getattr(item, "method", None), prototype), name
        assert first._stream_reader is not second._stream_reader
        assert first._closed is not second._closed
        assert first._smtp_methods["DATA"].__self__ is first
        assert {k: m.__func__ for k, m in first._smtp_methods.items()} == \
            {k: m.__func__ for k, m in fresh._smtp_methods.items()}

    asyncio.run(check())


def _bound_to(value: object, owner: object) -> bool:
    return isinstance(value, types.MethodType) and value.__self__ is owner
