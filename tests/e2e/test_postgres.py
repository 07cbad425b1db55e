"""Start-up on PostgreSQL: processes that start together migrate the database once.

(The spine itself runs on PostgreSQL too: tests/e2e/test_spine.py takes `store_url`.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from store.migrate import LOCK_KEY, scripts

from support import wait_for

pytestmark = pytest.mark.integration


def test_processes_starting_together_migrate_once(postgres, tmp_path: Path) -> None:
    url = postgres.create_database("together")
    config = tmp_path / "config.toml"
    config.write_text(f'[store]\nurl = "{url}"\n', encoding="utf-8")
    engine = create_engine(url)
    with engine.connect() as holder:
        # Hold the schema lock, so that all three processes are waiting for it at once.
        holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": LOCK_KEY})
        procs = [subprocess.Popen([sys.executable, "-m", "mailgate.cli", "--config",
                                   str(config), "db", "upgrade"], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(3)]

        def waiting() -> bool:
            with engine.connect() as conn:
                return conn.execute(text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    "AND NOT granted")).scalar_one() == 3
        wait_for(waiting, 60, "three processes waiting for the schema lock")
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCK_KEY})
        holder.commit()
        outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    said = sorted(out.strip() for out, _ in outputs)
    head = scripts().get_current_head()
    assert said == [f"schema upgraded from empty to {head}", *["the schema is up to date"] * 2]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
    engine.dispose()
