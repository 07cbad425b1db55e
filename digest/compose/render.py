"""Swedish text and HTML from the jinja2 templates shipped in the `templates` package."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    TemplateNotFound,
)

URGENCY_SV = {"red": "RÖD", "yellow": "GUL", "green": "GRÖN"}
URGENCY_MEANING = {"red": "akut, agera nu", "yellow": "viktigt", "green": "för kännedom"}
URGENCY_COLOUR = {"red": "#b00020", "yellow": "#e0a800", "green": "#2e7d32"}
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")
ZONE = "Europe/Stockholm"


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("templates", ""),
        # Templates are named *.html.j2: select_autoescape's extension test would see "j2"
        # and leave HTML unescaped, letting a report's text inject markup.
        autoescape=_is_html,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["urgency_sv"] = urgency_sv
    env.filters["urgency_meaning"] = lambda u: URGENCY_MEANING.get(u, "")
    env.filters["urgency_colour"] = lambda u: URGENCY_COLOUR.get(u, "#555555")
    env.filters["date_sv"] = date_sv
    return env


def _is_html(name: str | None) -> bool:
    return name is not None and name.endswith((".html.j2", ".html"))


def urgency_sv(value: str) -> str:
    return URGENCY_SV.get(value, value.upper())


def date_sv(value: date | datetime, zone: str = ZONE) -> str:
    """24 november 2026, in local time."""
    day = value.astimezone(ZoneInfo(zone)).date() if isinstance(value, datetime) else value
    return f"{day.day} {MONTHS_SV[day.month - 1]} {day.year}"


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
