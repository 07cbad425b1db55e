"""What a courier has handed to the relay but not yet recorded in the store.

A courier records a batch in the store once the whole batch is sent (one transaction for
up to 200 messages). Killed in the middle, it used to leave the rows the relay had already
accepted as `sending`; the next start put them back in the queue and members got them
twice. So each 250 is also appended to a small file of the courier's own the moment it is
read, before the next message's answer: a plain write, no fsync, since it has to outlive
the process, not the machine. Recording the batch empties the file. When a process
starts, the files of processes of this host that are gone tell which of their claimed
rows were delivered (`recover`); those are marked sent, and only the rest go back to the
queue. What remains possible is the one message whose 250 was in flight at the kill.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".sent"


class SentJournal:
    """One courier's file: `<folder>/<holder>~<lane>.sent`, outbox ids, one per line."""

    def __init__(self, folder: Path, holder: str, lane: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{holder}~{lane}{SUFFIX}"
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_TRUNC,
                           0o600)

    def add(self, outbox_id: int) -> None:
        os.write(self._fd, b"%d\n" % outbox_id)

    def clear(self) -> None:
        """The batch is recorded in the store: what the file says is known there now."""
        os.ftruncate(self._fd, 0)

    def close(self) -> None:
        """Remove the file, unless it still names rows the store could not be told of
        (the store was away): the next start reads it then."""
        empty = os.fstat(self._fd).st_size == 0
        os.close(self._fd)
        if empty:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


@dataclass(frozen=True)
class Left:
    """A file a process that is gone left behind: its holder id and the ids it sent."""

    path: Path
    holder: str
    sent: list[int]


def left_behind(folder: Path, is_dead: Callable[[str], bool]) -> Iterator[Left]:
    if not folder.is_dir():
        return
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        holder = path.name.rpartition("~")[0]
        if not holder or not is_dead(holder):
            continue
        try:
            text = path.read_text(encoding="ascii", errors="replace")
        except FileNotFoundError:  # another process starting at once took it
            continue
        # Only whole lines count (a write is whole or absent, but a torn tail costs nothing).
        yield Left(path, holder, [int(n) for n in text.split("\n")[:-1] if n.isdigit()])


def forget(left: Left) -> None:
    with contextlib.suppress(FileNotFoundError):
        left.path.unlink()
