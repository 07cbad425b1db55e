"""A sender that retries after a lost 250 must not create a second report."""

from __future__ import annotations

import smtplib
from email import policy

from mailflow import REPORTER, db, idle, report_message
from support import wait_for


def test_identical_resend_is_recorded_as_duplicate_not_a_second_report(server_factory,
                                                                       store_url) -> None:
    server = server_factory(store_url=store_url)
    server.start()
    raw = report_message().as_bytes(policy=policy.SMTP)
    for _ in range(2):
        with smtplib.SMTP("127.0.0.1", server.port, timeout=30) as client:
            client.sendmail(REPORTER, ["vsn@vsn.example.se"], raw)
        wait_for(lambda: idle(server), what="queues to drain")

    with db(server) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM inbound_mail ORDER BY id")]
        reports = conn.execute("SELECT count(*) FROM report").fetchone()[0]
    assert kinds == ["report", "duplicate"]
    assert reports == 1
    assert len(server.outbox.to("mod1@fhm.example.se", "[VSN-granskning")) == 1
