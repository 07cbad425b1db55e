"""A private PostgreSQL server for the benchmark: initdb into a temporary folder, pg_ctl on a
loopback port below 32768, stopped at the end. No system service is touched.

Copied from the test harness (tests/servers/postgres.py) so that benchmarks stay independent
of the test tree; unlike the tests, commits are durable (fsync on) unless asked otherwise,
and there are connections enough for four services with their pools.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from common import free_port


@dataclass(frozen=True)
class Postgres:
    port: int
    folder: Path

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        _as_postgres([_binary("createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                      "-U", "postgres", name])
        return self.url(name)

    def pids(self) -> list[int]:
        """The postmaster and its children (backends, writers)."""
        first = (self.folder / "data" / "postmaster.pid").read_text().split()[0]
        main = int(first)
        return [main, *children(main)]


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _binary(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run `make servers` (as root)")
    return found[-1]


def _as_postgres(args: list[str]) -> None:
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    subprocess.run(args, check=True, capture_output=True, timeout=60)


@contextmanager
def running_postgres(*, fsync: bool = True) -> Iterator[Postgres]:
    folder = Path(tempfile.mkdtemp(prefix="vsn-bench-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()
    _as_postgres([_binary("initdb"), "-D", str(data), "--auth=trust", "-U", "postgres",
                  "--encoding=UTF8", "--locale=C.UTF-8"])
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c max_connections=400 "
               f"-c fsync={'on' if fsync else 'off'}")
    _as_postgres([_binary("pg_ctl"), "-D", str(data), "-o", options, "-w",
                  "-l", str(folder / "server.log"), "start"])
    try:
        yield Postgres(port, folder)
    finally:
        _as_postgres([_binary("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(folder, ignore_errors=True)
