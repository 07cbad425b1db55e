"""A flood of ANSLUT: one pending application per address, kept by the store (a race
between two workers cannot make two), and a cap on applications per hour in total."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mailgate.members.join import insert_pending
from store.db import create_schema, make_engine, session
from store.models import Application

from members.kit import ADMIN, DOMAIN, Kit, mail
from support import wait_for

REQUESTS = f"vsn-request@{DOMAIN}"
FORM = {"name": "Eva Exempel", "organisation": "Exempelby kommun", "role": "Handläggare",
        "region": "Exempellän"}
APPLICATION = """Namn: Eva Exempel
Organisation: Exempelby kommun
Organisationstyp: kommun
Roll: Handläggare
Region: Exempellän
Möter personer som använder narkotika: ja
Strategisk, analytisk eller utredande roll: nej
Behöver informationen i arbetet: ja
"""


def test_store_keeps_one_pending_application_per_address(store_url: str) -> None:
    engine = make_engine(store_url)
    create_schema(engine)
    with session(engine) as s:
        assert insert_pending(s, "eva@exempelby.example.se", FORM) is not None
        assert insert_pending(s, "EVA@exempelby.example.se", FORM) is None
    with pytest.raises(IntegrityError), session(engine) as s:   # even written directly
        s.add(Application(email="eva@exempelby.example.se", **FORM))
    with session(engine) as s:   # once decided, the address may apply again
        (app,) = s.exec(select(Application)).all()
        app.status = "rejected"
        s.add(app)
    with session(engine) as s:
        assert insert_pending(s, "eva@exempelby.example.se", FORM) is not None
    engine.dispose()


@pytest.mark.integration
def test_two_workers_racing_make_one_application(postgres: object) -> None:
    url = str(postgres.create_database("t_join_race"))  # type: ignore[attr-defined]
    engine = make_engine(url)
    create_schema(engine)
    results: list[bool] = []

    def second() -> None:
        with session(engine) as s:   # worker 2: its insert waits on worker 1's index entry
            results.append(insert_pending(s, "eva@exempelby.example.se", FORM) is not None)

    with Session(engine) as first:      # worker 1 inserted and has not committed yet
        results.append(insert_pending(first, "eva@exempelby.example.se", FORM) is not None)
        worker = threading.Thread(target=second)
        worker.start()
        wait_for(lambda: _waiting_on_a_lock(engine), what="worker 2 blocked on the index")
        first.commit()
    worker.join(30)
    assert results == [True, False]
    with session(engine) as s:
        assert len(s.exec(select(Application)).all()) == 1
    engine.dispose()


def _waiting_on_a_lock(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()")).scalar())


def test_sixty_anslut_from_six_addresses_make_six_applications(tmp_path: Path) -> None:
    kit = Kit(tmp_path, intake={"applications_per_hour": 100})
    for _ in range(10):
        for n in range(6):
            kit.deliver(mail(f"sokande{n}@example{n}.se", REQUESTS, "ANSLUT", APPLICATION))
    with session(kit.engine) as s:
        pending = s.exec(select(Application).where(col(Application.status) == "pending")).all()
    assert sorted(a.email for a in pending) == [f"sokande{n}@example{n}.se" for n in range(6)]
    assert len(kit.outbox(rcpt=ADMIN)) == 6


def test_applications_per_hour_cap(tmp_path: Path) -> None:
    kit = Kit(tmp_path, intake={"applications_per_hour": 2})
    for n in range(4):
        kit.deliver(mail(f"sokande{n}@example{n}.se", REQUESTS, "ANSLUT", APPLICATION))
    with session(kit.engine) as s:
        assert len(s.exec(select(Application)).all()) == 2
    assert len(kit.outbox(rcpt=ADMIN)) == 2
    assert not kit.outbox(rcpt="sokande3@example3.se")   # not answered: it may be forged
