"""Swedish text and HTML from the jinja2 templates shipped in the `templates` package."""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    TemplateNotFound,
    select_autoescape,
)


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("templates", ""),
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["urgency_sv"] = urgency_sv
    return env


URGENCY_SV = {"red": "RÖD", "yellow": "GUL", "green": "GRÖN"}


def urgency_sv(value: str) -> str:
    return URGENCY_SV.get(value, value.upper())


def render(name: str, **context: Any) -> str:
    """Render templates/<name> (e.g. "moderator/review.txt.j2")."""
    return environment().get_template(name).render(**context)


def render_pair(stem: str, **context: Any) -> tuple[str, str | None]:
    """Text and, when the template exists, HTML for one message."""
    text = render(f"{stem}.txt.j2", **context)
    try:
        template = environment().get_template(f"{stem}.html.j2")
    except TemplateNotFound:
        return text, None
    return text, template.render(**context)
