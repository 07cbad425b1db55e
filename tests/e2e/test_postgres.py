"""The spine on PostgreSQL: the same path, the same guarantees, a real server on loopback."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from mailflow import MEMBERS, PNR, REPORTER, import_members, reply_to, report_message, send
from support import body, wait_for

pytestmark = pytest.mark.integration


def test_report_to_notices_on_postgresql(server_factory, postgres) -> None:
    url = postgres.create_database("spine")
    server = server_factory(store_url=url)
    import_members(server)
    server.start()
    send(server, report_message())
    review = server.outbox.wait("mod1@fhm.example.se", "[VSN-granskning")[0]
    send(server, reply_to(review, "mod1@fhm.example.se", "GODKÄNN"))
    for member in MEMBERS:
        notice = server.outbox.wait(member, "[VSN RÖD]")[0]
        assert PNR not in notice.as_string()
        assert "[PERSONNUMMER]" in body(notice)
    engine = create_engine(url)

    def settled() -> bool:
        with engine.connect() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM outbox WHERE status <> 'sent'")).scalar_one() == 0
    wait_for(settled, what="outbox to drain")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM report")).scalar_one() == "published"
        assert conn.execute(text("SELECT sender FROM report")).scalar_one() == REPORTER
    engine.dispose()
