"""`vsn serve` with [imap]: a report in a real Dovecot mailbox is reviewed like SMTP mail."""

from __future__ import annotations

import pytest

from mailflow import REPORTER, report_message
from servers.dovecot import Dovecot, dovecot  # noqa: F401  (the session fixture)
from support import body, wait_for

pytestmark = pytest.mark.integration


def test_report_from_imap_mailbox_reaches_moderators_and_is_moved(
        server_factory, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    dovecot.empty()
    monkeypatch.setenv("VSN_TEST_IMAP_PASSWORD", dovecot.password)
    server = server_factory(f"""
[imap]
host = "127.0.0.1"
port = {dovecot.port}
tls = false
user = "{dovecot.user}"
password_env = "VSN_TEST_IMAP_PASSWORD"
folder = "INBOX"
processed_folder = "Behandlade"
poll_seconds = 1
""")
    dovecot.append(report_message().as_bytes())
    server.start()

    review = server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning")[0]
    assert "[PERSONNUMMER 1]" in body(review)
    assert server.outbox.wait(REPORTER, "Mottaget")
    wait_for(lambda: dovecot.count("Behandlade") == 1 and dovecot.count("INBOX") == 0,
             what="the message to move to the processed folder")
