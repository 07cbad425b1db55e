"""The layout around a list's or a search's main part (templates/portal/page.html.j2),
rendered once per look and kept: a page of hits then costs its main part and two string
joins, not a render of the whole layout (a seventh of a search's CPU before).

A look is everything the layout shows: the page's title and path, and of the session its
form token and which menu items it sees. A member's look changes only when they log in
again (a new token) or their roles change (a new key), so a kept frame is never stale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from portal.cache import FRAMES, LRU

# Stands for the main part while the layout is rendered; no page text contains a NUL.
_MAIN = Markup("\x00main\x00")


@dataclass(frozen=True)
class Look:
    title: str
    path: str
    csrf: str
    menu: tuple[bool, bool, bool] | None   # active member, moderator, admin; None: no one


Render = Callable[[Markup], str]


class Frames:
    """Layouts by look, split around their main part."""

    def __init__(self, size: int = FRAMES) -> None:
        self._kept: LRU[tuple[str, str]] = LRU(size)

    def around(self, look: Look, main: Markup, render: Render) -> str:
        """`main` in the layout of `look`; `render` renders that layout with a main part."""
        head, tail = self._kept.get(look, lambda: _split(render(_MAIN)))
        return "".join((head, main, tail))   # not str + Markup, which escapes the str


def _split(layout: str) -> tuple[str, str]:
    head, found, tail = layout.partition(_MAIN)
    if not found:
        raise ValueError("the layout does not show its main part")
    return head, tail
