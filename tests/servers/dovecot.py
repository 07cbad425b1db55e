"""A private Dovecot IMAP server on loopback, for the IMAP intake tests and the mail story.

Its config, state, logs and the mailboxes live in a temporary folder; nothing in /etc is read
(`-c FILE`). Facts this relies on (shared/real-servers.md): the mail uid must be a non-root
user at or above `first_valid_uid`, so a system user owns the mail; Dovecot starts in
well under a second; IDLE reports new mail about 500 ms after it lands.

    def test_x(dovecot: Dovecot) -> None:
        dovecot.append(raw)                 # deliver into INBOX
        IMAPClient("127.0.0.1", dovecot.port, ssl=False).login(dovecot.user, dovecot.password)

With LMTP (Debian package `dovecot-lmtpd`), several mailboxes named by address, so an MTA
can deliver into them; an address without a mailbox is refused at RCPT with 550 5.1.1:

    with running_dovecot(["anna@kommun.example.se"], lmtp=True) as boxes:
        # Postfix: transport `lmtp:inet:127.0.0.1:{boxes.lmtp_port}`
        boxes.messages("anna@kommun.example.se")
"""

from __future__ import annotations

import contextlib
import email
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from imapclient import IMAPClient

from support import free_port

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
LMTPD = "/usr/lib/dovecot/lmtp"
MAIL_USER = "vsnmail"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = {protocols}
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
# IDLE learns of new mail from inotify; where that is unavailable (the per-user inotify
# instance limit, 128 here, used up by other processes) Dovecot falls back to looking every
# mailbox_idle_check_interval, 30 s by default: longer than a test waits.
mailbox_idle_check_interval = 1 secs
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
# A user the passwd file does not name does not exist: LMTP refuses it at RCPT.
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = uid={uid} gid={gid} home={root}/mail/%u
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
{lmtp}"""

LMTP = """\
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {port}
  }}
}}
"""


@dataclass(frozen=True)
class Dovecot:
    root: Path
    port: int
    user: str          # the first mailbox; methods use it when no user is given
    password: str
    lmtp_port: int = 0                                            # 0: no LMTP
    passwords: Mapping[str, str] = field(default_factory=dict)   # every mailbox

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    def client(self, user: str | None = None) -> IMAPClient:
        name = user or self.user
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(name, self.passwords.get(name, self.password))
        return client

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            client.append(folder, raw)

    def count(self, folder: str = "INBOX", user: str | None = None) -> int:
        with self.client(user) as client:
            if not client.folder_exists(folder):
                return 0
            return len(client.select_folder(folder, readonly=True) and client.search(["ALL"]))

    def messages(self, user: str | None = None, folder: str = "INBOX") -> list[EmailMessage]:
        """Every message in a folder, oldest first, read over IMAP as a mail client would."""
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            fetched = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        found = []
        for uid in sorted(fetched):
            msg = email.message_from_bytes(fetched[uid][b"BODY[]"], policy=policy.default)
            assert isinstance(msg, EmailMessage)
            found.append(msg)
        return found

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


def ensure_installed(lmtp: bool = False) -> None:
    packages = [p for p, binary in (("dovecot-imapd", DOVECOT), ("dovecot-lmtpd", LMTPD))
                if (lmtp or p == "dovecot-imapd") and not Path(binary).exists()]
    if not packages:
        return
    if os.geteuid() != 0:
        pytest.fail(f"Dovecot is not installed: run `apt-get install -y {' '.join(packages)}`"
                    " as root (or `make servers`)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, capture_output=True, env=env)
    subprocess.run(["apt-get", "install", "-y", *packages], check=True,
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


@contextlib.contextmanager
def running_dovecot(users: Sequence[str] = ("vsn",), lmtp: bool = False) -> Iterator[Dovecot]:
    """Dovecot with one mailbox per name in `users` (IMAP login: the name), LMTP if asked."""
    ensure_installed(lmtp)
    owner = mail_user()
    # Not pytest's tmp_path: its parents are 0700 root, and Dovecot's auth and mail
    # processes run as other users that must reach the passwd file and the mailbox.
    root = Path(tempfile.mkdtemp(prefix="vsn-dovecot-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    shutil.chown(root / "mail", owner.pw_uid, owner.pw_gid)
    passwords = {name: secrets.token_hex(12) for name in users}
    imap_port = free_port()
    lmtp_port = next(p for p in iter(free_port, 0) if p != imap_port) if lmtp else 0
    server = Dovecot(root, imap_port, users[0], passwords[users[0]], lmtp_port, passwords)
    (root / "passwd").write_text("".join(f"{name}:{{PLAIN}}{password}::::::\n"
                                         for name, password in passwords.items()))
    server.config.write_text(CONFIG.format(
        root=root, uid=owner.pw_uid, gid=owner.pw_gid, port=server.port,
        protocols="imap lmtp" if lmtp else "imap",
        lmtp=LMTP.format(port=server.lmtp_port) if lmtp else ""))
    # The daemon keeps the inherited descriptors: pipes here would block run() forever.
    started = subprocess.run([DOVECOT, "-c", str(server.config)], check=False,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    if started.returncode != 0:
        pytest.fail(f"dovecot did not start; see {root / 'dovecot.log'}")
    try:
        _wait_listening(server.port, root / "dovecot.log")
        if lmtp:
            _wait_listening(server.lmtp_port, root / "dovecot.log")
        yield server
    finally:
        _stop(root / "run" / "master.pid")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    with running_dovecot() as server:
        yield server
