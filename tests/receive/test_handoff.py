"""The hand-off from the acceptor's spool file to the store: in order, exactly once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from mailgate.receive import handoff
from mailgate.receive.handoff import TABLE, Handoff, open_spool, spool_url, spool_urls, waiting
from mailgate.receive.spool import Envelope, Spool, SqliteFileRows
from store.db import create_schema, make_engine

from support import wait_for


def engines(tmp_path: Path) -> tuple[Engine, Engine]:
    store = make_engine(f"sqlite:///{tmp_path / 'vsn.sqlite3'}")
    create_schema(store)
    url = spool_url(f"sqlite:///{tmp_path / 'vsn.sqlite3'}")
    assert url is not None
    return open_spool(url), store


def put(spool: Engine, *numbers: int) -> None:
    """As the acceptor writes: with the sqlite3 module into the spool file."""
    writer = Spool(spool, rows=SqliteFileRows(str(spool.url.database)))
    writer.start()
    for n in numbers:
        writer.store(Envelope("a@b.example", ("vsn@vsn.example.se",), "127.0.0.1",
                              f"Subject: {n}\r\n\r\n".encode()))
    writer.close()


def subjects(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        raws = conn.execute(text("SELECT raw FROM inbound_mail ORDER BY id")).scalars()
        return [bytes(r).split(b"\r\n")[0].decode()[9:] for r in raws]


def test_the_spool_file_lies_beside_a_sqlite_store() -> None:
    assert spool_url("sqlite:////srv/vsn/var/vsn.sqlite3") == \
        "sqlite:////srv/vsn/var/vsn-intake-1.sqlite3"
    assert spool_url("sqlite:////srv/vsn/var/vsn.sqlite3", 2) == \
        "sqlite:////srv/vsn/var/vsn-intake-2.sqlite3"
    assert spool_url("sqlite://") is None
    assert spool_url("postgresql+psycopg://vsn@db/vsn") is None


def test_mail_moves_in_order_and_leaves_the_spool(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    put(spool, *range(5))
    woken: list[int] = []
    mover = Handoff([spool], store, on_moved=lambda: woken.append(1))
    while mover.move_once():
        pass
    assert subjects(store) == ["0", "1", "2", "3", "4"]
    assert woken
    mover.close()  # a clean stop forgets what was moved
    assert subjects(spool) == []


def test_a_crash_between_copy_and_delete_copies_nothing_twice(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    put(spool, 1, 2)
    Handoff([spool], store, on_moved=lambda: None).move_once()  # copied, not yet deleted
    put(spool, 3)
    again = Handoff([spool], store, on_moved=lambda: None)  # the next start
    while again.move_once():
        pass
    assert subjects(store) == ["1", "2", "3"]


def test_numbers_reused_after_the_spool_empties_are_still_moved(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    mover = Handoff([spool], store, on_moved=lambda: None)
    put(spool, 1, 2, 3)
    mover.move_once()
    mover._forget(mover.sources[0])  # the spool is empty: SQLite numbers the next row 1 again
    put(spool, 4)
    mover.move_once()
    assert subjects(store) == ["1", "2", "3", "4"]


def test_the_thread_moves_what_arrives(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    mover = Handoff([spool], store, on_moved=lambda: None, poll_seconds=0.05)
    mover.start()
    put(spool, 7)
    mover.wake()
    wait_for(lambda: subjects(store), 10, "the hand-off")
    mover.close()
    assert subjects(store) == ["7"]


def test_the_spool_file_rows_read_back_like_the_store_writes_them(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    put(spool, 1)
    writer = Spool(store)
    writer.start()
    writer.store(Envelope("a@b.example", ("vsn@vsn.example.se",), "127.0.0.1",
                          b"Subject: 1\r\n\r\n"))
    writer.close()
    from_file, from_store = (_first(spool), _first(store))
    assert from_file.keys() == from_store.keys()
    for key in ("source", "peer", "mail_from", "rcpt_tos", "raw", "size", "sha256", "status"):
        assert from_file[key] == from_store[key], key
    assert from_file["received_at"].tzinfo is not None
    assert abs((from_file["received_at"] - from_store["received_at"]).total_seconds()) < 60


def _first(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(select(TABLE).order_by(TABLE.c.id).limit(1)).one()
        return dict(row._mapping)


def test_waiting_counts_until_everything_is_handed_over(tmp_path: Path) -> None:
    spool, store = engines(tmp_path)
    url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    put(spool, 1, 2)
    assert waiting(url) == 2
    mover = Handoff([spool], store, on_moved=lambda: None)
    mover.move_once()  # moved; forgotten on the next pass that finds nothing new
    mover.move_once()
    assert waiting(url) == 0
    assert subjects(store) == ["1", "2"]


def test_identical_messages_in_one_commit_are_all_moved(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    spool, store = engines(tmp_path)
    writer = Spool(spool, rows=SqliteFileRows(str(spool.url.database)))
    same = Envelope("a@b.example", ("vsn@vsn.example.se",), "127.0.0.1", b"Subject: 9\r\n\r\n")
    futures = [writer.submit(same) for _ in range(20)]  # one group, maybe one microsecond
    writer.start()
    [f.result(timeout=10) for f in futures]
    writer.close()
    monkeypatch.setattr(handoff, "BATCH", 7)  # the copies spread over several batches
    mover = Handoff([spool], store, on_moved=lambda: None)
    while mover.move_once():
        pass
    assert subjects(store) == ["9"] * 20


def test_every_spool_file_beside_the_store_is_handed_over(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'vsn.sqlite3'}"
    store = make_engine(store_url)
    create_schema(store)
    older = open_spool(f"sqlite:///{tmp_path / 'vsn-intake.sqlite3'}")  # earlier versions
    put(older, 1)
    urls = spool_urls(store_url, 2)
    assert [u.rsplit("/", 1)[1] for u in urls] == \
        ["vsn-intake-1.sqlite3", "vsn-intake-2.sqlite3", "vsn-intake.sqlite3"]
    spools = [open_spool(u) for u in urls[:2]]
    put(spools[0], 2)
    put(spools[1], 3)
    assert waiting(store_url) == 3
    mover = Handoff([*spools, older], store, on_moved=lambda: None)
    while mover.move_once():
        pass
    mover.close()
    assert sorted(subjects(store)) == ["1", "2", "3"]
    assert waiting(store_url) == 0
