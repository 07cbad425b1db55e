"""Rendered parts of pages that every member sees alike (the events list, search results,
an event with its history and comments), kept per process and keyed by the state of the
events: any publication, correction, retraction or new comment changes the key, so a
cached part is never out of date. What is one member's own (the session, the form tokens,
their comments awaiting review) is rendered for each request around it."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from markupsafe import Markup
from sqlalchemy import func, select
from sqlmodel import Session, col

from store.models import Event, EventComment, EventUpdate

Version = tuple[object, ...]


def version(s: Session) -> Version:
    """What changes whenever anything a member can read changes; each part is a max over
    an indexed column, so this is one cheap query."""
    row = s.execute(select(
        select(func.max(col(Event.id))).scalar_subquery(),
        select(func.max(col(Event.updated_at))).scalar_subquery(),
        select(func.max(col(Event.retracted_at))).scalar_subquery(),
        select(func.max(col(EventComment.id))).scalar_subquery(),
        select(func.max(col(EventUpdate.id))).scalar_subquery())).one()
    return tuple(row)


class Parts:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, Markup] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, make: Callable[[], str]) -> Markup:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        made = Markup(make())   # made outside the lock: two may make it, both alike
        with self._lock:
            self._items[key] = made
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return made

