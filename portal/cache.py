"""Rendered parts of pages that every member sees alike, kept per process and keyed by
what they show, so a cached part is never out of date:

- the events list and search results by the state of all events (`version`): any
  publication, correction, retraction or new comment changes the key;
- one event's body (text, parts, history, comments) by that event's own row, all of its
  columns, with its comments' count and newest id and its newest update's id
  (portal/events.py `published`): a correction or retraction changes the row, a comment
  the count, and the row is read on every request anyway.

What is one member's own (the session, the form tokens, their comments awaiting review) is
rendered for each request around it. A comment shows its writer's organisation type as
it was when the body was rendered."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from markupsafe import Markup
from sqlalchemy import func, select
from sqlmodel import Session

from store.models import Event, EventComment, EventUpdate

Version = tuple[object, ...]

_EVENT = Event.__table__  # type: ignore[attr-defined]
# Each part is a max over an indexed column: one cheap query, built once (building a
# statement cost more than running it). As columns, so that the page can read them with
# the session (auth.along); never correlated to a table the statement reads besides.
VERSION_COLUMNS = tuple(
    select(func.max(column)).correlate(None).scalar_subquery().label(f"version_{n}")
    for n, column in enumerate((
        _EVENT.c.id, _EVENT.c.updated_at, _EVENT.c.retracted_at,
        EventComment.__table__.c.id,  # type: ignore[attr-defined]
        EventUpdate.__table__.c.id)))  # type: ignore[attr-defined]
_VERSION = select(*VERSION_COLUMNS)


def version(s: Session, along: Sequence[Any] = ()) -> Version:
    """What changes whenever anything a member can read changes: read now, or taken from
    the rows read with the session (the last columns of the first)."""
    if along:
        return tuple(along[0][-len(VERSION_COLUMNS):])
    return tuple(s.connection().execute(_VERSION).one())


# Parts kept per kind, so that members opening many events do not push the list and
# popular searches out. Event bodies are a few kilobytes each: 2,048 of them are some
# megabytes, the events members read (mostly recent ones).
SIZES = {"list": 256, "search": 1024, "event": 2048}
# Layouts around the main part (portal/frame.py): one per page title, path and session.
FRAMES = 1024

T = TypeVar("T")


class LRU(Generic[T]):
    """A bounded least-recently-used store of rendered parts, safe across threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, T] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        made = make()   # made outside the lock: two may make it, both alike
        with self._lock:
            self._items[key] = made
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return made


class Parts:
    """One LRU per kind of part (SIZES); a key is (kind, ...)."""

    def __init__(self, sizes: dict[str, int] | None = None) -> None:
        self._kinds: dict[str, LRU[Markup]] = {
            kind: LRU(size) for kind, size in (sizes or SIZES).items()}

    def get(self, key: tuple[str, *tuple[Hashable, ...]], make: Callable[[], str]) -> Markup:
        return self._kinds[key[0]].get(key, lambda: Markup(make()))
