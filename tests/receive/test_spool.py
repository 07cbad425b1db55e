"""The spool writer: group commits, and a failure that costs only the message it concerns."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from mailgate.receive.handoff import open_spool
from mailgate.receive.spool import Envelope, Spool, SpoolClosed, SqliteFileRows
from store.db import create_schema, make_engine


def store(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    create_schema(engine)
    return engine


def mail(n: int, sender: str = "a@kommun.example.se") -> Envelope:
    return Envelope(sender, ("vsn@vsn.example.se",), "127.0.0.1", f"Subject: {n}\r\n\r\n".encode())


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM inbound_mail")).scalar_one())


def test_waiting_messages_share_one_commit(tmp_path: Path) -> None:
    engine = store(tmp_path)
    commits: list[int] = []
    event.listen(engine, "commit", lambda conn: commits.append(1))
    spool = Spool(engine)
    futures = [spool.submit(mail(n)) for n in range(50)]  # all waiting before the writer runs
    spool.start()
    ids = [f.result(timeout=10) for f in futures]
    spool.close()
    assert ids == sorted(ids) and len(set(ids)) == 50
    assert len(commits) == 1
    assert count(engine) == 50


def test_a_message_the_store_refuses_fails_alone(tmp_path: Path) -> None:
    engine = store(tmp_path)
    spool = Spool(engine)
    bad = mail(1, sender="a\udcff@b.example")  # cannot be encoded for the database
    futures = [spool.submit(mail(0)), spool.submit(bad), spool.submit(mail(2))]
    spool.start()
    assert futures[0].result(timeout=10) > 0 and futures[2].result(timeout=10) > 0
    with pytest.raises(UnicodeEncodeError):
        futures[1].result(timeout=10)
    assert spool.store(mail(3)) > 0  # the writer lives on
    spool.close()
    assert count(engine) == 3


def test_after_close_nothing_is_taken(tmp_path: Path) -> None:
    spool = Spool(store(tmp_path))
    spool.start()
    spool.close()
    with pytest.raises(SpoolClosed):
        spool.store(mail(0))


def test_acceptors_write_timestamps_in_lanes_of_their_own(tmp_path: Path) -> None:
    """Two acceptors taking the same bytes in the same microsecond still write two names
    (sha256, received_at), so the hand-off takes neither for a copy of the other."""
    same = Envelope("a@b.example", ("vsn@vsn.example.se",), "127.0.0.1", b"Subject: 1\r\n\r\n")
    stamps = []
    for lane in (0, 1, 2):
        path = tmp_path / f"spool-{lane}.sqlite3"
        open_spool(f"sqlite:///{path}").dispose()
        rows = SqliteFileRows(str(path), lane=lane, lanes=3)
        rows.insert([same, same])
        with sqlite3.connect(path) as db:
            stamps += [r[0] for r in db.execute("SELECT received_at FROM inbound_mail")]
        rows.close()
    assert len(set(stamps)) == 6
    assert sorted(int(s[-6:]) % 3 for s in stamps) == [0, 0, 1, 1, 2, 2]


def test_sessions_on_an_event_loop_get_their_ids_and_a_gone_one_stores_nothing(
        tmp_path: Path) -> None:
    """As the SMTP handler waits: every session its own id from one commit; a session
    whose client hung up before the commit leaves nothing (it never heard 250)."""
    engine = store(tmp_path)
    spool = Spool(engine)

    async def sessions() -> list[int]:
        waiting = [asyncio.create_task(spool.wait(mail(n))) for n in range(20)]
        gone = asyncio.create_task(spool.wait(mail(99)))
        await asyncio.sleep(0)  # every task has put its message in the queue
        gone.cancel()
        await asyncio.sleep(0)
        spool.start()
        return await asyncio.gather(*waiting)

    ids = asyncio.run(sessions())
    spool.close()
    assert len(set(ids)) == 20
    assert count(engine) == 20
