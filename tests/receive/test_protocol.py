"""The SMTP dialogue byte by byte: what a sending MTA may do that smtplib never does."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailgate.receive import smtp
from mailgate.receive.acceptor import GatewayThread
from mailgate.receive.spool import Spool
from store.db import make_engine

from receive.conftest import MAX_SIZE, Running, settings_for
from receive.kit import Wire

RCPT = "vsn@vsn.example.se"


def open_data(wire: Wire, sender: str = "<a@kommun.example.se>") -> None:
    wire.send(f"EHLO mx.example\r\nMAIL FROM:{sender}\r\nRCPT TO:<{RCPT}>\r\nDATA\r\n".encode())
    assert wire.replies(4) == [250, 250, 250, 354]


def test_pipelined_commands_and_message_in_one_write(running: Running) -> None:
    wire = Wire(running.port)
    wire.send(b"EHLO mx.example\r\nMAIL FROM:<a@kommun.example.se> BODY=8BITMIME\r\n"
              b"RCPT TO:<vsn@vsn.example.se>\r\nDATA\r\nSubject: x\r\n\r\nhej\r\n.\r\nQUIT\r\n")
    assert wire.replies(6) == [250, 250, 250, 354, 250, 221]
    assert running.rows() == [("a@kommun.example.se", f'["{RCPT}"]', b"Subject: x\r\n\r\nhej\r\n")]


def test_ehlo_advertises_the_size_limit_and_pipelining(running: Running) -> None:
    code, text = Wire(running.port).command("EHLO mx.example")
    assert code == 250
    assert f"SIZE {MAX_SIZE}" in text and "PIPELINING" in text and "8BITMIME" in text


def test_dot_stuffing_is_undone(running: Running) -> None:
    wire = Wire(running.port)
    open_data(wire)
    wire.send(b"..leading dot\r\n...\r\n.\r\n")
    assert wire.reply()[0] == 250
    assert running.rows()[0][2] == b".leading dot\r\n..\r\n"


def test_a_bare_lf_dot_does_not_end_the_message(running: Running) -> None:
    wire = Wire(running.port)
    open_data(wire)
    wire.send(b"one\n.\ntwo\r\n.\r\n")
    assert wire.reply()[0] == 250
    assert running.rows()[0][2] == b"one\n.\ntwo\r\n"


def test_an_end_marker_split_across_packets(running: Running) -> None:
    wire = Wire(running.port)
    open_data(wire)
    for piece in (b"body\r", b"\n.", b"\r", b"\n"):
        wire.send(piece)
        time.sleep(0.02)
    assert wire.reply()[0] == 250
    assert running.rows()[0][2] == b"body\r\n"


def test_an_empty_message_and_a_null_sender(running: Running) -> None:
    wire = Wire(running.port)
    open_data(wire, sender="<>")
    wire.send(b".\r\n")
    assert wire.reply()[0] == 250
    assert running.rows() == [("", f'["{RCPT}"]', b"")]


def test_too_much_data_gets_552_and_the_session_goes_on(running: Running) -> None:
    wire = Wire(running.port)
    open_data(wire)
    line = b"x" * 998 + b"\r\n"
    wire.send(line * (MAX_SIZE // len(line) + 10) + b".\r\n")
    assert wire.reply()[0] == 552
    assert wire.command("RSET")[0] == 250
    assert running.rows() == []


def test_a_declared_size_over_the_limit_gets_552_at_mail(running: Running) -> None:
    wire = Wire(running.port)
    wire.command("EHLO mx.example")
    assert wire.command(f"MAIL FROM:<a@b.example> SIZE={MAX_SIZE + 1}")[0] == 552
    assert wire.command("MAIL FROM:<a@b.example> SIZE=100")[0] == 250


@pytest.mark.parametrize(("commands", "code"), [
    (["MAIL FROM:<a@b.example>"], 503),
    (["EHLO x", "RCPT TO:<vsn@vsn.example.se>"], 503),
    (["EHLO x", "MAIL FROM:<a@b.example>", "DATA"], 503),
    (["EHLO x", "MAIL FROM:<a@b.example>", "MAIL FROM:<a@b.example>"], 503),
    (["EHLO x", "MAIL FROM:<a@b.example> NOTIFY=NEVER"], 555),
    (["EHLO x", "MAIL TO:<a@b.example>"], 501),
    (["EHLO"], 501),
    (["STARTTLS"], 454),   # TLS belongs to the MTA in front
    (["FROB"], 500),
    (["VRFY vsn"], 252),
    (["NOOP"], 250),
    (["HELO mx.example"], 250),
])
def test_commands_out_of_place(running: Running, commands: list[str], code: int) -> None:
    wire = Wire(running.port)
    answers = [wire.command(c)[0] for c in commands]
    assert answers[-1] == code


def test_a_command_line_without_end_is_refused(running: Running) -> None:
    wire = Wire(running.port)
    wire.send(b"EHLO " + b"x" * 5000 + b"\r\n")
    assert wire.reply()[0] == 500


def test_rset_forgets_the_envelope(running: Running) -> None:
    wire = Wire(running.port)
    wire.command("EHLO x")
    wire.command("MAIL FROM:<a@b.example>")
    wire.command(f"RCPT TO:<{RCPT}>")
    assert wire.command("RSET")[0] == 250
    assert wire.command("DATA")[0] == 503


def test_too_many_errors_hang_up(running: Running) -> None:
    wire = Wire(running.port)
    wire.send(b"FROB\r\n" * 25)
    codes = []
    with pytest.raises(ConnectionError):
        while True:
            codes.append(wire.reply()[0])
    assert codes[-1] in (421, 502) and len(codes) < 25


def test_silent_sessions_are_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smtp, "IDLE_SECONDS", 0.3)
    gateway = GatewayThread(settings_for(tmp_path).gateway, Spool(make_engine("sqlite://")))
    gateway.start()
    try:
        wire = Wire(gateway.handler.gateway.port)
        assert wire.greeting[0] == 220
        with pytest.raises(ConnectionError):  # a silent client is hung up on, not kept
            wire.reply()
    finally:
        gateway.stop()


def test_a_session_that_keeps_talking_is_not_closed(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smtp, "IDLE_SECONDS", 0.5)
    gateway = GatewayThread(settings_for(tmp_path).gateway, Spool(make_engine("sqlite://")))
    gateway.start()
    try:
        wire = Wire(gateway.handler.gateway.port)
        for _ in range(6):  # 1.8 s in all, each command well inside the idle time
            time.sleep(0.3)
            assert wire.command("NOOP")[0] == 250
        with pytest.raises(ConnectionError):  # then silent: closed after the idle time
            wire.reply()
    finally:
        gateway.stop()
