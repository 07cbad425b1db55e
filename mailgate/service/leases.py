"""Who holds a claim or a lease: an id naming the host and the process, and whether a
holder on this host has died (then its claims and leases can be taken back at once)."""

from __future__ import annotations

import os
import socket
import uuid


def holder_id() -> str:
    """host:pid:random; the random part tells two holders in one process apart."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def is_dead_local(holder: str) -> bool:
    """True only for a holder of this host whose process no longer runs."""
    parts = holder.split(":")
    if len(parts) < 2 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False
