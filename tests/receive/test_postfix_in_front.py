"""A real Postfix in front of the gateway, as in production: its SMTP client pipelines,
uses ESMTP options and queues on 4xx, so this is the dialogue that matters most."""

from __future__ import annotations

import os
import shutil
import smtplib
from collections.abc import Callable
from email.message import EmailMessage

import pytest

from receive.conftest import Running
from servers.postfix import PostfixInstance, postfix  # noqa: F401  (the fixture)
from support import wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("postfix", path="/usr/sbin") is None or os.geteuid() != 0,
                       reason="needs Debian's postfix, run as root"),
]


def report(n: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"] = "anna@kommun.example.se", "vsn@vsn.example.se"
    msg["Subject"] = f"Gul: rapport {n}"
    msg.set_content("Blå tabletter märkta K9.\n.en rad som börjar med punkt\n" * 50)
    return msg


def test_postfix_relays_into_the_gateway(
        running: Running, postfix: Callable[[tuple[str, int]], PostfixInstance]) -> None:  # noqa: F811
    mx = postfix(("127.0.0.1", running.port))
    with smtplib.SMTP("127.0.0.1", mx.port) as client:
        for n in range(5):
            client.send_message(report(n))
    mx.wait_queue_empty(60)
    wait_for(lambda: len(running.rows()) == 5, 30, "five relayed reports")
    rows = running.rows()
    assert {r[1] for r in rows} == {'["vsn@vsn.example.se"]'}
    assert all(b"\r\n.en rad som b" in r[2] for r in rows)  # dot-stuffing undone
    assert "status=sent (250 2.0.0 OK: queued as" in mx.log()
