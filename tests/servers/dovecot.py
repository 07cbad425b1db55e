"""A private Dovecot IMAP server on loopback, for the IMAP intake tests.

Its config, state, logs and the mailbox live in a temporary folder; nothing in /etc is read
(`-c FILE`). Facts this relies on (shared/real-servers.md): the mail uid must be a non-root
user at or above `first_valid_uid`, so a system user owns the mail; Dovecot starts in
well under a second; IDLE reports new mail about 500 ms after it lands.

    def test_x(dovecot: Dovecot) -> None:
        dovecot.append(raw)                 # deliver into INBOX
        IMAPClient("127.0.0.1", dovecot.port, ssl=False).login(dovecot.user, dovecot.password)
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

from support import free_port

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
MAIL_USER = "vsnmail"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = {uid}
mail_location = maildir:{root}/mail/%u
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = .
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""


@dataclass(frozen=True)
class Dovecot:
    root: Path
    port: int
    user: str
    password: str

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    def client(self) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            client.append(folder, raw)

    def count(self, folder: str) -> int:
        with self.client() as client:
            if not client.folder_exists(folder):
                return 0
            return len(client.select_folder(folder, readonly=True) and client.search(["ALL"]))

    def empty(self) -> None:
        """Remove every message and extra folder, so each test starts with a clean mailbox."""
        with self.client() as client:
            for _flags, _sep, name in client.list_folders():
                if name != "INBOX":
                    client.delete_folder(name)
            client.select_folder("INBOX")
            client.delete_messages(client.search(["ALL"]))
            client.expunge()

    def kick(self) -> None:
        """Drop every open IMAP session of the user, as a server restart would."""
        subprocess.run([DOVEADM, "-c", str(self.config), "kick", self.user],
                       check=False, capture_output=True)


def ensure_installed() -> None:
    if Path(DOVECOT).exists():
        return
    if os.geteuid() != 0:
        pytest.fail("Dovecot is not installed: run `apt-get install -y dovecot-imapd` as root")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, capture_output=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "dovecot-imapd"], check=True,
                   capture_output=True, env=env)


def mail_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(MAIL_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", MAIL_USER], check=True, capture_output=True)
        return pwd.getpwnam(MAIL_USER)


def _wait_listening(port: int, log: Path, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"dovecot did not listen on {port}: {log.read_text()[-2000:]}")


def _stop(pid_file: Path) -> None:
    # SIGTERM to our own master; `doveadm stop` would wait seconds for the children.
    with contextlib.suppress(OSError, ValueError):
        os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    ensure_installed()
    user = mail_user()
    # Not pytest's tmp_path: its parents are 0700 root, and Dovecot's auth and mail
    # processes run as other users that must reach the passwd file and the mailbox.
    root = Path(tempfile.mkdtemp(prefix="vsn-dovecot-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    shutil.chown(root / "mail", user.pw_uid, user.pw_gid)
    server = Dovecot(root, free_port(), "vsn", secrets.token_hex(12))
    (root / "passwd").write_text(f"{server.user}:{{PLAIN}}{server.password}::::::\n")
    server.config.write_text(CONFIG.format(root=root, uid=user.pw_uid, gid=user.pw_gid,
                                           port=server.port))
    # The daemon keeps the inherited descriptors: pipes here would block run() forever.
    started = subprocess.run([DOVECOT, "-c", str(server.config)], check=False,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    if started.returncode != 0:
        pytest.fail(f"dovecot did not start; see {root / 'dovecot.log'}")
    try:
        _wait_listening(server.port, root / "dovecot.log")
        yield server
    finally:
        _stop(root / "run" / "master.pid")
        shutil.rmtree(root, ignore_errors=True)
