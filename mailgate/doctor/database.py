"""`vsn doctor` checks of what the service keeps: the database and the local folders."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import SQLAlchemyError

from mailgate.config.settings import Settings
from mailgate.doctor.result import Result
from store.db import engine_at
from store.migrate import scripts, where

MIB = 1024 * 1024
MIN_FREE = 512 * MIB   # at least this, and room for ten of the largest messages


def check_database(settings: Settings) -> Result:
    url = make_url(settings.store.url)
    shown = url.render_as_string(hide_password=True)
    missing = _missing_sqlite_file(url)
    if missing is not None:
        return Result.bad("database", f"no database file at {missing}: run `vsn db upgrade` "
                                      "(vsn serve also creates it at start)")
    try:
        with engine_at(settings.store.url) as engine, engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            return _schema(conn, shown)
    except SQLAlchemyError as exc:
        return Result.bad("database", f"cannot use {shown} ({_first_line(exc)}): is the "
                                      "database server running, and is [store] url right?")


def _missing_sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(str(url.database))
    return None if path.is_file() else path


def _schema(conn: Connection, shown: str) -> Result:
    found = where(conn)
    known = {r.revision for r in scripts().walk_revisions()}
    if not found.tables:
        problem = "it is empty: run `vsn db upgrade`"
    elif found.current is None:
        problem = "it was made before migrations: run `vsn db upgrade` to adopt it"
    elif found.current not in known:
        problem = (f"its schema revision {found.current} is newer than this vsn knows: "
                   "run the newer vsn")
    elif found.behind:
        problem = (f"its schema is at revision {found.current}, the newest is {found.head}: "
                   "run `vsn db upgrade`")
    else:
        return Result.good("database", f"{shown} answers, schema at the newest revision "
                                       f"({found.head})")
    return Result.bad("database", f"{shown}: {problem}")


def _first_line(exc: SQLAlchemyError) -> str:
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines()
    return (lines[-1] if lines else type(cause).__name__)[:200]


def local_folders(settings: Settings) -> list[Path]:
    """Folders the service writes: the SQLite store and intake spool, the Maildir."""
    found: list[Path] = []
    url = make_url(settings.store.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        found.append(Path(str(url.database)).parent)
    if settings.delivery.maildir is not None:
        found.append(settings.delivery.maildir)
    return found


def check_storage(settings: Settings) -> Result:
    folders = local_folders(settings)
    if not folders:
        return Result.good("storage", "nothing is kept on local disk (database server, relay)")
    for folder in folders:
        problem = _not_writable(folder)
        if problem:
            return Result.bad("storage", f"{problem}: make it a folder the service's user "
                                         "can write, or change [store] url / [delivery] url")
    need = max(MIN_FREE, 10 * settings.gateway.max_message_size)
    free = min(shutil.disk_usage(_existing(f)).free for f in folders)
    if free < need:
        return Result.bad("storage", f"only {free // MIB} MiB free where mail is kept; at "
                                     f"least {need // MIB} MiB are needed: free some space")
    shown = ", ".join(str(f) for f in folders)
    return Result.good("storage", f"{shown} writable, {free / 1024 / MIB:.1f} GiB free")


def _not_writable(folder: Path) -> str:
    if folder.exists() and not folder.is_dir():
        return f"{folder} is not a folder"
    if not folder.exists():
        parent = _existing(folder)
        if not parent.is_dir() or not os.access(parent, os.W_OK):
            return f"{folder} does not exist and cannot be created"
        return ""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".vsn-doctor-"):
            pass
    except OSError as exc:
        return f"cannot write in {folder} ({exc.strerror})"
    return ""


def _existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path
