"""Plain text as mail bodies show it: HTML paragraphs and line breaks, marked stretches.

Outlook for Windows drops `white-space: pre-wrap`, so an HTML body never relies on it: a
text becomes <p> paragraphs (blank lines between) with <br> where a line break matters.
Text a reporter hard-wrapped at 70-odd columns is reflowed into its paragraph instead.

A stretch the reader must notice (a placeholder or finding in the review mail) is wrapped
in MARK_OPEN … MARK_CLOSE by whoever builds the text; the text part shows it as [[ … ]],
the HTML part as <mark>[ … ]</mark> (highlighted, and still bracketed when a client drops
the highlight).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

MARK_OPEN = "\x0e"    # shift-out/shift-in: never in a report (parse drops control characters)
MARK_CLOSE = "\x0f"
_MARKED = re.compile(f"{MARK_OPEN}(.*?){MARK_CLOSE}", re.S)
# A hard-wrapped line is long and the paragraph goes on; lists and short lines keep breaks.
WRAPPED_FROM = 60
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s")
MARK_STYLE = "background-color: #fff3a0; color: #000000; padding: 0 2px;"


def strip_marks(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def text_marks(text: str) -> str:
    """The text part's form: [[ … ]] around each marked stretch."""
    return _MARKED.sub(lambda m: f"[[{m.group(1)}]]", text)


def paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (split at blank lines), each a list of lines that keep their breaks."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip("\n"))
    return [_reflow(block.split("\n")) for block in blocks if block.strip()]


def _reflow(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line.rstrip())
    return out


def _continues(previous: str, line: str) -> bool:
    return (len(previous) >= WRAPPED_FROM and bool(line.strip())
            and not _LIST_ITEM.match(line) and not previous.rstrip().endswith(":"))


def html_text(text: str, *, style: str = "margin: 0 0 10px 0;") -> Markup:
    """Escaped paragraphs with <br> line breaks and <mark>ed stretches."""
    out = []
    for block in paragraphs(text):
        lines = Markup("<br>\n").join(_html_line(line) for line in block)
        out.append(Markup('<p style="{}">{}</p>').format(style, lines))
    return Markup("\n").join(out)


def _html_line(line: str) -> Markup:
    pieces = _MARKED.split(line)   # text, marked, text, marked, ...
    html = [escape(p) if i % 2 == 0 else
            Markup('<mark style="{}">[{}]</mark>').format(MARK_STYLE, p)
            for i, p in enumerate(pieces)]
    return Markup("").join(html)
