"""`vsn purge [--dry-run]` and the daily job, on data whose time has come."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from mailgate.service.retention import purge_job
from mailgate.service.schedule import JOBS

from moderate.kit import REPORTER
from service.kit import MOD, StoreDesk, decide, held

CONFIG = """
[store]
url = "sqlite:///var/vsn.sqlite3"
[moderation]
moderators = ["mod1@fhm.example.se", "mod2@fhm.example.se"]
[retention]
raw_days = 30
rejected_days = 7
"""


def vsn(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailgate.cli", "--config",
                           str(folder / "config.toml"), *args], capture_output=True,
                          text=True, cwd=folder, timeout=120)


@pytest.fixture
def aged(tmp_path: Path) -> StoreDesk:
    """A published and a rejected report, decided 40 days ago, delivered."""
    (tmp_path / "config.toml").write_text(CONFIG, encoding="utf-8")
    desk = StoreDesk(tmp_path, f"sqlite:///{tmp_path / 'var' / 'vsn.sqlite3'}")
    for subject, command in (("RÖD: publiceras", "GODKÄNN"), ("GUL: avslås", "AVSLÅ: nej")):
        decide(desk, held(desk, subject), command)
    desk.delivered()
    desk.back(days=40)
    return desk


def test_dry_run_then_purge(aged: StoreDesk) -> None:
    folder = Path(str(aged.engine.url.database)).parent.parent
    reports = aged.count("report")

    dry = vsn(folder, "purge", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would delete (dry run)" in dry.stdout
    assert "reports stripped: 1" in dry.stdout and "reports deleted: 1" in dry.stdout
    assert aged.count("report") == reports

    done = vsn(folder, "purge")
    assert done.returncode == 0 and done.stdout.replace("deleted:", "would delete (dry run):",
                                                        1) == dry.stdout
    assert aged.count("report") == reports - 1
    assert "reports stripped: 0" in vsn(folder, "purge").stdout      # nothing left to do


def test_the_daily_job_logs_counts_only(aged: StoreDesk,
                                        caplog: pytest.LogCaptureFixture) -> None:
    assert "retention-purge" in {j.name for j in JOBS}
    with caplog.at_level(logging.INFO, logger="mailgate.service.retention"):
        counts = purge_job(aged.engine, aged.ctx)
    assert counts.reports_stripped == 1 and counts.reports_deleted == 1
    logged = caplog.text
    assert "reports_stripped=1" in logged and "reports_deleted=1" in logged
    assert REPORTER not in logged and MOD not in logged and "publiceras" not in logged
