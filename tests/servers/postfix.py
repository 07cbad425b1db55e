"""A private Postfix instance on loopback, and `smtp-sink`, for tests and benchmarks.

Each instance has its own config, queue and data folders under a temporary folder, so
nothing in /etc changes and several can run at once. Postfix accepts from 127.0.0.0/8
into its own on-disk queue and relays everything to `relay` (e.g. `vsn serve`, or an
`smtp-sink`). Facts this relies on (see shared/real-servers.md): run as root, chroot off,
no syslog (so `maillog_file` plus the `postlog` service), `data_directory` owned by
postfix, `postfix stop` returns before its processes exit.

    with PostfixInstance(tmp_path / "pf", port=free_port(), relay=("127.0.0.1", 8025)) as pf:
        smtplib.SMTP("127.0.0.1", pf.port).send_message(msg)
        pf.wait_queue_empty()

or, in a test, the `postfix` fixture (import it into the test module or a conftest):

    def test_x(postfix: Callable[..., PostfixInstance]) -> None:
        mx = postfix(("127.0.0.1", gateway_port))

A site's own routing instead of one relay: no `relay`, `main.cf` settings in `extra`, and
lookup tables in `tables`, written to the config folder. Name them `texthash:`, which reads
the source format directly (`hash:` needs `postmap`, ~2 s a table on this machine):

    postfix(extra={"relay_domains": "vsn.example.se",
                   "transport_maps": "texthash:$config_directory/transport"},
            tables={"transport": "vsn.example.se  smtp:[127.0.0.1]:8025\n"})
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import TracebackType

import pytest

from support import free_port

SBIN = Path("/usr/sbin")
POSTFIX = SBIN / "postfix"
SMTP_SINK = SBIN / "smtp-sink"

# Services a relaying MTA needs; the `postlog` line replaces syslog.
MASTER_CF = """\
{listen} inet n - n - - smtpd
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
tlsmgr    unix - - n 1000? 1 tlsmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
smtp      unix - - n - - smtp
relay     unix - - n - - smtp
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
local     unix - n n - - local
virtual   unix - n n - - virtual
lmtp      unix - - n - - lmtp
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


def main_cf(folder: Path, relay: tuple[str, int] | None, extra: Mapping[str, str]) -> str:
    settings = {
        "compatibility_level": "3.6",
        "config_directory": str(folder / "etc"),
        "queue_directory": str(folder / "queue"),
        "data_directory": str(folder / "data"),
        "maillog_file": str(folder / "log" / "maillog"),
        "maillog_file_prefixes": str(folder / "log"),
        "myhostname": "mx.test.example",
        "mydestination": "",
        "inet_interfaces": "127.0.0.1",
        "inet_protocols": "ipv4",
        "mynetworks": "127.0.0.0/8",
        "smtpd_relay_restrictions": "permit_mynetworks, reject",
        "relayhost": f"[{relay[0]}]:{relay[1]}" if relay else "",
        # Without a relay, keep what arrives queued instead of trying DNS on the internet.
        "default_transport": "smtp" if relay else "retry:no relay configured",
        "smtp_dns_support_level": "disabled",
        "alias_maps": "",
        "alias_database": "",
        "biff": "no",
    }
    settings.update(extra)
    return "".join(f"{key} = {value}\n" for key, value in settings.items())


class PostfixInstance:
    """One Postfix with its own folders; `start()` waits until it answers on `port`."""

    def __init__(self, folder: Path, port: int, relay: tuple[str, int] | None = None,
                 extra: Mapping[str, str] | None = None,
                 tables: Mapping[str, str] | None = None) -> None:
        self.folder = folder
        self.port = port
        self.relay = relay
        self.extra = dict(extra or {})
        self.tables = dict(tables or {})
        self.etc = folder / "etc"
        self.log_file = folder / "log" / "maillog"

    def __enter__(self) -> PostfixInstance:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self, timeout: float = 30.0) -> PostfixInstance:
        self._write_config()
        self._postfix("start")
        _wait_listening(self.port, timeout, "postfix")
        return self

    def stop(self, timeout: float = 15.0) -> None:
        pid = self.master_pid()
        if pid is None:
            return
        self._postfix("stop", check=False)
        # `postfix stop` returns before master and its children are gone.
        if not _wait_gone(pid, timeout):
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid, 5.0)

    def master_pid(self) -> int | None:
        path = self.folder / "data" / "master.lock"
        for candidate in (path, self.folder / "queue" / "pid" / "master.pid"):
            try:
                text = candidate.read_text().strip()  # space-padded
            except OSError:
                continue
            if text.isdigit() and _alive(int(text)):
                return int(text)
        return None

    def queue_size(self) -> int:
        """Messages still in the queue (incoming, active, deferred, hold)."""
        queue = self.folder / "queue"
        return sum(1 for name in ("incoming", "active", "deferred", "hold", "maildrop")
                   for p in (queue / name).rglob("*") if p.is_file())

    def wait_queue_empty(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while self.queue_size():
            if time.monotonic() > deadline:
                raise TimeoutError(f"postfix queue not empty after {timeout}s:\n{self.log()}")
            time.sleep(0.1)

    def log(self) -> str:
        return self.log_file.read_text(errors="replace") if self.log_file.exists() else ""

    def _write_config(self) -> None:
        for name in ("etc", "queue", "data", "log"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        shutil.chown(self.folder / "data", "postfix", "postfix")
        _let_postfix_traverse(self.folder)
        (self.etc / "main.cf").write_text(main_cf(self.folder, self.relay, self.extra))
        listen = f"127.0.0.1:{self.port}"
        (self.etc / "master.cf").write_text(MASTER_CF.format(listen=listen))
        for name, text in self.tables.items():
            (self.etc / name).write_text(text)
        # Creates the queue subfolders with the owners and modes Postfix expects.
        self._postfix("set-permissions", check=False)

    def _postfix(self, command: str, check: bool = True) -> None:
        done = subprocess.run([str(POSTFIX), "-c", str(self.etc), command],
                              capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            # Without syslog, postfix-script and master say why only in the maillog.
            raise RuntimeError(f"postfix {command} failed: {done.stderr}{done.stdout}\n"
                               f"{self.log()[-2000:]}")


class SmtpSink:
    """`smtp-sink`: answers every command at once and throws the mail away."""

    def __init__(self, port: int, backlog: int = 256) -> None:
        self.port = port
        self.backlog = backlog
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self, timeout: float = 10.0) -> SmtpSink:
        # As root it must be told which user to become.
        self.proc = subprocess.Popen([str(SMTP_SINK), "-u", "postfix", "-c",
                                      f"127.0.0.1:{self.port}", str(self.backlog)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_listening(self.port, timeout, "smtp-sink")
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture
def postfix() -> Iterator[Callable[..., PostfixInstance]]:
    """Start Postfix instances relaying to a given (host, port), or routing by their own
    `extra` settings and `tables`, on `port` or a free one; all stopped and removed
    afterwards."""
    # Not pytest's tmp_path: any pytest run on the machine resets /tmp/pytest-of-<user> to
    # 0700, and then the postfix user can no longer reach its queue (seen here as
    # "open lock file .../master.lock: Permission denied").
    root = Path(tempfile.mkdtemp(prefix="vsn-postfix-"))
    root.chmod(0o755)
    started: list[PostfixInstance] = []

    def start(relay: tuple[str, int] | None = None, *, extra: Mapping[str, str] | None = None,
              tables: Mapping[str, str] | None = None, port: int = 0) -> PostfixInstance:
        # Safe to call from several threads: the folder is named by the port.
        port = port or free_port()
        instance = PostfixInstance(root / f"postfix-{port}", port, relay, extra, tables)
        started.append(instance)
        return instance.start()

    try:
        yield start
    finally:
        for instance in started:
            instance.stop()
        shutil.rmtree(root, ignore_errors=True)


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate for `name` and 127.0.0.1, and its key, for STARTTLS on loopback that a
    client can verify (e.g. a process with SSL_CERT_FILE pointing at the certificate)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name},IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=30)
    return cert, key


def _let_postfix_traverse(folder: Path) -> None:
    """Temporary folders are 0700; the postfix user must reach its data and queue folders."""
    for path in (folder, *folder.parents):
        mode = path.stat().st_mode
        if not mode & stat.S_IXOTH:
            path.chmod(mode | stat.S_IXOTH)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _wait_listening(port: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not listening on {port} after {timeout}s") from None
            time.sleep(0.05)
