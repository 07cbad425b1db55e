"""Stopping a worker thread in the middle of a row: at its time limit, or at shutdown.

Python cannot kill a thread, but CPython can raise an exception in one
(PyThreadState_SetAsyncExc): it lands at the thread's next bytecode. Parsing and scanning
are Python code that comes back to the interpreter every few milliseconds (a 150 KB scan
of dense personal data left another thread waiting at most 80 ms), so the exception lands
within a moment, unwinds the row's transaction (store.db.session rolls back on any
exception) and the worker settles the row. These are BaseExceptions so that no
`except Exception` on the way (ours, Presidio's) swallows them.

A thread blocked in a system call (a database lock, a socket) takes the exception only
when the call returns; the watch (workers.py) then abandons it: see Hands.stuck.
"""

from __future__ import annotations

import ctypes


class Interrupt(BaseException):
    """Raised into a worker thread from outside; never raised by the row's own code."""


class RowTimeLimit(Interrupt):
    """The row ran past [workers] row_seconds: a failed attempt."""


class ShuttingDown(Interrupt):
    """The service is stopping: the row goes back to the queue, the attempt uncounted."""


def interrupt(thread_ident: int, exc: type[Interrupt]) -> bool:
    """Raise `exc` in the thread at its next bytecode; False if no such thread runs."""
    done = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_ident),
                                                      ctypes.py_object(exc))
    return bool(done == 1)
