"""A private PostgreSQL server for tests: initdb into a temporary folder, started with
pg_ctl on a loopback port below 32768, stopped at the end. No system service is touched."""

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

from support import free_port


@dataclass(frozen=True)
class Postgres:
    port: int
    folder: Path

    def url(self, database: str = "vsn") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        _run_as_postgres([_binary("createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                          "-U", "postgres", name])
        return self.url(name)


def _binary(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run `make servers` (as root)")
    return found[-1]


def _run_as_postgres(args: list[str]) -> None:
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    subprocess.run(args, check=True, capture_output=True, timeout=60)


@contextmanager
def running_postgres() -> Iterator[Postgres]:
    folder = Path(tempfile.mkdtemp(prefix="vsn-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = free_port()
    _run_as_postgres([_binary("initdb"), "-D", str(data), "--auth=trust", "-U", "postgres",
                      "--encoding=UTF8", "--locale=C.UTF-8"])
    # fsync=off is for tests only: durability is PostgreSQL's own, already proven.
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
    _run_as_postgres([_binary("pg_ctl"), "-D", str(data), "-o", options, "-w",
                      "-l", str(folder / "server.log"), "start"])
    try:
        yield Postgres(port, folder)
    finally:
        _run_as_postgres([_binary("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(folder, ignore_errors=True)
