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

from digest.compose.textblocks import html_text, text_marks

URGENCY_SV = {"red": "RÖD", "yellow": "GUL", "green": "GRÖN"}
URGENCY_MEANING = {"red": "akut, agera nu", "yellow": "viktigt", "green": "för kännedom"}
URGENCY_COLOUR = {"red": "#b00020", "yellow": "#e0a800", "green": "#2e7d32"}
# Text on each urgency's banner: white on yellow is 2.15:1, black on it 9.8:1 (WCAG AA 4.5).
URGENCY_INK = {"red": "#ffffff", "yellow": "#000000", "green": "#ffffff"}
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")
ZONE = "Europe/Stockholm"
# Finding types in Swedish, as the placeholders in the text read (mailgate/scan/finding.py
# PLACEHOLDERS, which digest may not import), and the scanner's warning type.
FINDING_SV = {
    "ID_NUMBER": "PERSONNUMMER", "PHONE": "TELEFON", "EMAIL": "E-POST", "URL": "LÄNK",
    "IP": "IP-ADRESS", "IBAN": "KONTO", "BANK_ACCOUNT": "KONTO", "PLATE": "REGNR",
    "ADDRESS": "ADRESS", "DATE_OF_BIRTH": "FÖDELSEDATUM", "PERSON": "NAMN",
    "QUASI": "KOMBINATION",
}


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
        # Templates are package data, never edited under a running process: no stat of
        # the file on every get_template (the portal renders a few per request).
        auto_reload=False,
    )
    env.filters["urgency_sv"] = urgency_sv
    env.filters["urgency_meaning"] = lambda u: URGENCY_MEANING.get(u, "")
    env.filters["urgency_colour"] = lambda u: URGENCY_COLOUR.get(u, "#555555")
    env.filters["urgency_ink"] = lambda u: URGENCY_INK.get(u, "#ffffff")
    env.filters["date_sv"] = date_sv
    env.filters["html_text"] = html_text      # paragraphs and <br>, never pre-wrap
    env.filters["text_marks"] = text_marks    # [[ ]] around marked stretches
    env.filters["finding_sv"] = finding_sv
    return env


def _is_html(name: str | None) -> bool:
    return name is not None and name.endswith((".html.j2", ".html"))


def finding_sv(kind: str) -> str:
    """A finding's type as the placeholder names it: NAMN, PERSONNUMMER, TELEFON …"""
    return FINDING_SV.get(kind, kind)


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
