"""`vsn doctor` against real servers: a Postfix relay, Dovecot, PostgreSQL, our own serve."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mailgate.config.settings import load
from mailgate.doctor.diagnose import diagnose, report
from store.db import open_store

from servers.dovecot import Dovecot, running_dovecot
from servers.postfix import PostfixInstance, postfix  # noqa: F401  (fixture)
from support import Server, free_port

pytestmark = pytest.mark.integration

ADMIN = "admin@fhm.example.se"


@pytest.fixture(scope="module")
def mailbox() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server


def config(folder: Path, *, delivery: str = 'url = "maildir://var/outbox"',
           store: str = "sqlite:///var/vsn.sqlite3", extra: str = "",
           port: int | None = None) -> Path:
    path = folder / "config.toml"
    path.write_text(f"""
[gateway]
listen = "127.0.0.1:{port or free_port()}"
domain = "vsn.example.se"

[store]
url = "{store}"

[delivery]
{delivery}

[moderation]
moderators = ["mod1@fhm.example.se"]
admins = ["{ADMIN}"]

[portal]
enabled = false
{extra}
""", encoding="utf-8")
    return path


def vsn(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailgate.cli", "--config",
                           str(folder / "config.toml"), *args], capture_output=True,
                          text=True, cwd=folder, timeout=120)


def doctor(folder: Path) -> tuple[int, dict[str, str]]:
    """What `vsn doctor` prints, per check, and its exit code (in-process: each `vsn` start
    costs seconds here; test_the_command runs the real command)."""
    results = diagnose(str(folder / "config.toml"))
    lines = report(results)
    return (0 if all(r.ok for r in results) else 1), {
        line[5:].split(":", 1)[0]: line for line in lines}


def ready(folder: Path) -> None:
    open_store(load(folder / "config.toml").store.url).dispose()   # as `vsn db upgrade` does


def imap_section(box: Dovecot) -> str:
    return (f'[imap]\nhost = "127.0.0.1"\nport = {box.port}\ntls = false\nuser = "{box.user}"\n'
            'folder = "INBOX"\nprocessed_folder = "INBOX.processed"\n')


def test_all_well_with_a_real_relay_and_mailbox(
        tmp_path: Path, postfix: Callable[..., PostfixInstance],  # noqa: F811
        mailbox: Dovecot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    relay = postfix()
    config(tmp_path, delivery=f'url = "smtp://127.0.0.1:{relay.port}"',
           extra=imap_section(mailbox))
    ready(tmp_path)
    monkeypatch.setenv("VSN_IMAP_PASSWORD", mailbox.password)
    code, lines = doctor(tmp_path)
    assert code == 0, lines
    assert list(lines) == ["configuration", "database", "storage", "relay", "mailbox",
                           "people", "port"]
    assert all(line.startswith("ok ") for line in lines.values()), lines
    assert "EHLO" in lines["relay"] and "NOOP" in lines["relay"]
    assert "INBOX" in lines["mailbox"]
    assert relay.queue_size() == 0        # nothing was sent


def test_a_relay_that_is_down(tmp_path: Path) -> None:
    config(tmp_path, delivery=f'url = "smtp://127.0.0.1:{free_port()}"')
    ready(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 1
    assert lines["relay"].startswith("FEL") and "connection refused" in lines["relay"]
    assert "[delivery] url" in lines["relay"]
    assert all(line.startswith("ok") for name, line in lines.items() if name != "relay")


def test_starttls_asked_of_a_relay_without_it(
        tmp_path: Path,
        postfix: Callable[..., PostfixInstance]) -> None:  # noqa: F811
    relay = postfix()
    config(tmp_path, delivery=f'url = "smtp://127.0.0.1:{relay.port}"\nstarttls = true')
    ready(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 1 and "does not offer STARTTLS" in lines["relay"]


def test_a_wrong_imap_password(tmp_path: Path, mailbox: Dovecot,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    config(tmp_path, extra=imap_section(mailbox))
    ready(tmp_path)
    monkeypatch.setenv("VSN_IMAP_PASSWORD", "not-the-password")
    code, lines = doctor(tmp_path)
    assert code == 1
    assert lines["mailbox"].startswith("FEL") and "login refused" in lines["mailbox"]
    assert "password_env" in lines["mailbox"]
    assert "not-the-password" not in "".join(lines.values())


def test_a_bad_config_key_is_named_with_its_file(tmp_path: Path) -> None:
    config(tmp_path, extra="[retention]\nraw_dayz = 3\n")
    code, lines = doctor(tmp_path)
    assert code == 1 and list(lines) == ["configuration"]
    line = lines["configuration"]
    assert line.startswith("FEL") and "raw_dayz" in line and str(tmp_path / "config.toml") in line


def test_a_database_not_yet_created_then_created(tmp_path: Path) -> None:
    config(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 1 and "vsn db upgrade" in lines["database"]
    assert not (tmp_path / "var" / "vsn.sqlite3").exists()     # the doctor changes nothing
    ready(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 0 and "newest revision" in lines["database"]


def test_postgresql_up_and_down(tmp_path: Path, postgres) -> None:
    url = postgres.create_database("doctor")
    config(tmp_path, store=url)
    ready(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 0 and lines["database"].startswith("ok")
    config(tmp_path, store=f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/vsn")
    code, lines = doctor(tmp_path)
    assert code == 1 and "is the database server running" in lines["database"]


def test_var_that_is_not_a_folder(tmp_path: Path) -> None:
    config(tmp_path, store="sqlite:////" + str(tmp_path / "db" / "vsn.sqlite3").lstrip("/"))
    ready(tmp_path)
    (tmp_path / "var").write_text("not a folder")
    code, lines = doctor(tmp_path)
    assert code == 1 and lines["storage"].startswith("FEL")
    assert "var" in lines["storage"] and "[delivery] url" in lines["storage"]


def test_no_admins(tmp_path: Path) -> None:
    path = config(tmp_path)
    path.write_text(path.read_text().replace(f'admins = ["{ADMIN}"]', "admins = []"))
    ready(tmp_path)
    code, lines = doctor(tmp_path)
    assert code == 1 and "[moderation] admins" in lines["people"]


def test_the_port_held_by_our_serve_or_by_another_program(tmp_path: Path) -> None:
    port = free_port()
    config(tmp_path, port=port)
    ready(tmp_path)
    with socket.create_server(("127.0.0.1", port)) as other:
        other.settimeout(5)
        code, lines = doctor(tmp_path)
        assert code == 1 and "taken by another program" in lines["port"]
    server = Server(tmp_path, port).start()
    try:
        code, lines = doctor(tmp_path)
    finally:
        server.stop()
    assert code == 0 and "held by a running vsn serve" in lines["port"], lines


def test_the_command(tmp_path: Path) -> None:
    """The real `vsn doctor`: one line per check, exit code 1 when any fails."""
    config(tmp_path, extra="[retention]\nraw_dayz = 3\n")
    result = vsn(tmp_path, "doctor")
    assert result.returncode == 1
    assert result.stdout.startswith("FEL  configuration: ") and "raw_dayz" in result.stdout
    config(tmp_path)
    assert vsn(tmp_path, "db", "upgrade").returncode == 0
    result = vsn(tmp_path, "doctor")
    assert result.returncode == 0, result.stdout
    assert [line[:5] for line in result.stdout.splitlines()] == ["ok   "] * 7
