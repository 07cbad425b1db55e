"""The database going away under a running `vsn serve`, and coming back.

PostgreSQL, a private cluster stopped and started with pg_ctl in the middle of a fan-out:
SMTP answers 451 while it is down (never 250 without storing), the notices the relay took
meanwhile are recorded once it returns, and mail sent after it returns is processed, all
without a restart of `vsn serve`. SQLite, whose server is the disk: a full disk answers
451 too, and work resumes once there is room again.
"""

from __future__ import annotations

import contextlib
import smtplib
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from .kit import (
    LONG,
    MODERATORS,
    PROCESSING,
    RED,
    REPORTS,
    REVIEW,
    Faulty,
    import_members,
    report,
    serve_with_relay,
)
from mailflow import reply_to
from servers.postgres import Postgres, _binary, _run_as_postgres, running_postgres
from support import wait_for

MEMBERS = 60


def pg_stop(pg: Postgres) -> None:
    _run_as_postgres([_binary("pg_ctl"), "-D", str(pg.folder / "data"), "-m", "fast", "-w",
                      "stop"])


def pg_start(pg: Postgres) -> None:
    options = f"-c listen_addresses=127.0.0.1 -p {pg.port} -k {pg.folder} -c fsync=off"
    _run_as_postgres([_binary("pg_ctl"), "-D", str(pg.folder / "data"), "-o", options, "-w",
                      "-l", str(pg.folder / "server.log"), "start"])


def refused_while_away(vsn: Faulty, sender: str) -> None:
    """SMTP answers 451 at the end of DATA: the message could not be stored."""
    with pytest.raises(smtplib.SMTPDataError) as refused:
        vsn.send(report(sender, "Skickad medan databasen är borta"))
    assert refused.value.smtp_code == 451


@pytest.mark.integration
def test_postgresql_stopped_mid_fan_out_then_back(tmp_path: Path) -> None:
    with running_postgres() as pg, \
            serve_with_relay(tmp_path, store_url=pg.create_database("faults")) as vsn:
        members = import_members(vsn, MEMBERS)
        vsn.start()
        pid = vsn.pid
        vsn.send(report("handlaggare@kommun-a.example.se", "Blå tabletter"))
        review = vsn.review("Blå tabletter")
        vsn.settle()

        vsn.sink.hold(after=vsn.sink.total() + 20)   # the fan-out stops in its middle
        vsn.send(reply_to(review, MODERATORS[0], "GODKÄNN"))
        wait_for(vsn.sink.holding.is_set, 60, "the fan-out to reach its middle")
        pg_stop(pg)
        refused_while_away(vsn, "handlaggare@kommun-b.example.se")
        vsn.sink.release()   # the rest of the batch goes out; recording it must wait
        wait_for(lambda: len(vsn.sink.count(RED)) == MEMBERS, 60, "every notice at the relay")
        wait_for(lambda: "rows wait for it" in vsn.server.log(), 30,
                 "the courier to find it cannot record what the relay took")

        pg_start(pg)
        vsn.send(report("handlaggare@kommun-c.example.se", "Gröna kapslar"))
        vsn.review("Gröna kapslar")
        vsn.settle()
        assert vsn.sink.count(RED) == dict.fromkeys(members, 1)
        assert vsn.scalar("SELECT count(*) FROM inbound_mail") == 3   # not the one refused

        # Gone while a report is scanned: it is taken again as soon as the database is
        # back, not once its claim's lease (5 minutes) has run out.
        vsn.send(report("handlaggare@kommun-d.example.se", "Långt ärende", LONG))
        wait_for(lambda: vsn.scalar(PROCESSING) == 1, 60, "a worker to claim the report")
        vsn.freeze()
        assert vsn.scalar(PROCESSING) == 1 and vsn.scalar(REPORTS) == 2
        pg_stop(pg)
        vsn.thaw()
        wait_for(lambda: ", will retry" in vsn.server.log(), 30,
                 "the worker to find the database gone under the report")
        pg_start(pg)
        vsn.settle(timeout=60)

        assert vsn.server.proc is not None and vsn.server.proc.poll() is None
        assert vsn.pid == pid, "no restart of vsn serve"
        assert vsn.scalar(REPORTS) == 3
        assert [vsn.sink.count(REVIEW)[m] for m in MODERATORS] == [3, 3]
        assert vsn.scalar("SELECT count(*) FROM outbox WHERE status <> 'sent'") == 0


@contextmanager
def small_disk(folder: Path, megabytes: int) -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs",
                              str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("a small disk needs mount (root with CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> Path:
    """Write until the disk is full; the filler file is returned for freeing it later."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 65536)
    return filler


def test_sqlite_on_a_full_disk_answers_451_and_recovers(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 24) as disk, \
            serve_with_relay(tmp_path, store_url=f"sqlite:///{disk / 'vsn.sqlite3'}") as vsn:
        vsn.start()
        pid = vsn.pid
        vsn.send(report("handlaggare@kommun-a.example.se", "Blå tabletter"))
        vsn.review("Blå tabletter")
        vsn.settle()

        filler = fill(disk)
        big = report("handlaggare@kommun-b.example.se", "Stor bilaga", "x" * 1_000_000)
        with pytest.raises(smtplib.SMTPDataError) as refused:
            vsn.send(big)
        assert refused.value.smtp_code == 451

        filler.unlink()
        vsn.send(report("handlaggare@kommun-c.example.se", "Gröna kapslar"))
        vsn.review("Gröna kapslar")
        vsn.settle()
        assert vsn.pid == pid and vsn.server.proc is not None and vsn.server.proc.poll() is None
        assert vsn.scalar("SELECT count(*) FROM inbound_mail") == 2
        assert [vsn.sink.count(REVIEW)[m] for m in MODERATORS] == [2, 2]
