"""A statement read on the driver's cursor (store/direct.py) gives what Connection.execute
gives: the same rows, values of the same types (aware UTC datetimes, booleans, enums'
values), with literals and IN lists the statement carries; and when the database has
gone, the same error the portal reads again on (DBAPIError, connection invalidated)."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from sqlalchemy import bindparam, func, literal, select, text
from sqlalchemy.exc import DBAPIError

from store.db import make_reader, open_store, session
from store.direct import Direct
from store.models import Event, InboundMail, Report
from store.status import EventStatus
from store.types import utcnow

_EVENT = Event.__table__  # type: ignore[attr-defined]


def _fill(url: str) -> None:
    now = utcnow()
    engine = open_store(url)
    with session(engine) as s:
        for i, status in enumerate(("published", "retracted", "published", "published")):
            inbound = InboundMail(raw=b"x", sha256="0" * 64)
            s.add(inbound)
            s.flush()
            ref = f"2026-{i + 1:04d}"
            report = Report(reference=ref, inbound_id=inbound.id or 0, sender="r@x.se",
                            urgency="red", text="", masked_text="", status="published")
            s.add(report)
            s.flush()
            s.add(Event(report_id=report.id or 0, reference=ref, urgency="red",
                        title=f"Blå tabletter {i}", text="text", status=status,
                        verified=i % 2 == 0, published_at=now - timedelta(hours=i)))
    engine.dispose()


STATEMENT = (
    select(_EVENT.c.id, _EVENT.c.reference, _EVENT.c.verified, _EVENT.c.published_at,
           _EVENT.c.status, literal("fast").label("word"),
           select(func.count()).select_from(_EVENT).where(
               _EVENT.c.status.in_([EventStatus.PUBLISHED, EventStatus.RETRACTED]))
           .scalar_subquery().label("shown"))
    .where(_EVENT.c.reference >= bindparam("first"),
           _EVENT.c.status == bindparam("status", literal_execute=True,
                                        value=EventStatus.PUBLISHED))
    .order_by(_EVENT.c.id))


def test_the_same_rows_and_types_as_connection_execute(store_url: str) -> None:
    _fill(store_url)
    engine = open_store(store_url)
    direct = Direct(STATEMENT)
    with session(engine) as s:
        expected = s.connection().execute(STATEMENT, {"first": "2026-0002"}).all()
        got = direct.rows(s, {"first": "2026-0002"})
        again = direct.rows(s, {"first": "2026-0001"})   # compiled once, run again
    assert [tuple(r) for r in got] == [tuple(r) for r in expected]
    assert [r.reference for r in got] == ["2026-0003", "2026-0004"]
    assert [r.reference for r in again] == ["2026-0001", "2026-0003", "2026-0004"]
    first = got[0]
    assert first.published_at.tzinfo == UTC and first.verified is True
    assert first.word == "fast" and first.shown == 4 and first[-1] == 4
    engine.dispose()


@pytest.mark.integration
def test_a_connection_the_database_closed_fails_as_invalidated(postgres: object) -> None:
    url = postgres.create_database("direct_gone")  # type: ignore[attr-defined]
    _fill(url)
    reader = make_reader(url, 1)
    direct = Direct(STATEMENT)
    with session(reader) as s:
        pid = s.connection().execute(text("SELECT pg_backend_pid()")).scalar()
    admin = open_store(url)
    with admin.connect() as c:
        c.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    with pytest.raises(DBAPIError) as failed, session(reader) as s:
        direct.rows(s, {"first": "2026-0001"})
    assert failed.value.connection_invalidated
    with session(reader) as s:   # read again: a new connection
        assert len(direct.rows(s, {"first": "2026-0001"})) == 3
    reader.dispose()
    admin.dispose()
