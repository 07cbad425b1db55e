"""The part of a reply its author wrote: the lines above the first quote, attribution,
forwarded-header block or signature, with any --- TEXT --- … --- SLUT --- block cut out;
and, for a bottom-posted reply, the lines below the last "> "-quoted line (bottom_part).

The boundaries are a table of (name, pattern) over *folded* lines (lower case, no
diacritics), each one a way a real client starts the quoted part: Outlook desktop and web
header blocks and rules, Gmail and Thunderbird attributions (wrapped over two lines when
long), Apple Mail on iPhone, "-- " signatures and the usual closing greetings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ANGLED_ADDRESS = r"<[^<>\s]+@[^<>\s]+>"
BOUNDARIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("quote", r"^\s*>"),
        ("separator", r"^\s*-{2,}\s*(ursprungligt meddelande|original message|"
                      r"vidarebefordrat meddelande|forwarded message)\s*-{2,}"),
        ("forward intro", r"^\s*(borjan av vidarebefordrat meddelande|begin forwarded message)"
                          r"\s*:"),
        ("outlook rule", r"^\s*_{5,}\s*$"),
        ("header block", r"^\s*\**(fran|from)\s*:\**\s*\S"),
        ("attribution", r"^\s*(den|on|am|le|\d)\b.{0,300}\b(skrev|wrote|schrieb)\b[^:]{0,300}:"
                        r"\s*$"),
        ("addressed attribution",
         r"^.{0,300}" + _ANGLED_ADDRESS + r".{0,40}\b(skrev|wrote)\s*:\s*$"),
        ("signature", r"^-- ?$"),
        ("mobile footer", r"^\s*(skickat fran min|skickad fran min|sent from my|hamta outlook|"
                          r"get outlook)\b"),
        ("closing", r"^\s*(mvh|m\.v\.h\.?|med vanlig\w* halsning\w*|vanlig\w* halsning\w*|"
                    r"halsningar|best regards|kind regards|regards|best wishes)\b"),
    )
)
TEXT_START = re.compile(r"^\s*-{2,}\s*(text|ny text|new text)\s*-*\s*$")
TEXT_END = re.compile(r"^\s*-{2,}\s*(slut|end|slut text|end text)\s*-*\s*$")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def fold(text: str) -> str:
    """Lower case without diacritics or invisible characters: GODKÄNN reads as godkann."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_INVISIBLE).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Split:
    lines: list[str]           # the author's own lines, the text block replaced by a blank line
    text: str | None = None    # the corrected text, when there was one
    unterminated: bool = False  # a --- TEXT --- line with no --- SLUT --- after it


def boundary(lines: list[str], i: int) -> str:
    """The name of the boundary that starts at line i, or "".

    Clients wrap a long attribution over two lines, so an attribution may end on line i+1.
    """
    line = fold(lines[i])
    joined = f"{line} {fold(lines[i + 1]).strip()}" if i + 1 < len(lines) else line
    for name, pattern in BOUNDARIES:
        if pattern.match(line) or (name == "attribution" and pattern.match(joined)):
            return name
    return ""


def split_new_part(text: str) -> Split:
    body = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    own: list[str] = []
    edited: str | None = None
    i = 0
    while i < len(body):
        if TEXT_START.match(fold(body[i])):
            end = next((j for j in range(i + 1, len(body)) if TEXT_END.match(fold(body[j]))), -1)
            if end < 0:
                return Split(own, None, unterminated=True)
            if edited is None:  # a second block is a moderator's draft left behind: ignored
                edited = "\n".join(body[i + 1:end]).strip("\n")
            own.append("")
            i = end + 1
            continue
        if boundary(body, i):
            break
        own.append(body[i])
        i += 1
    return Split(own, edited)


def new_part(text: str) -> list[str]:
    return split_new_part(text).lines


# Boundaries after which the quoted mail is marked line by line, so that what follows the
# last quoted line is the author's own (Gmail, Apple Mail, Thunderbird, "> "-quoting Outlook).
_QUOTING = frozenset({"quote", "attribution", "addressed attribution"})


def bottom_part(text: str) -> Split:
    """The author's lines below the quoted mail in a bottom-posted reply (empty when none).

    Only lines after the *last* quoted line count: a client that wraps a long quoted line
    leaves unquoted fragments inside the quote, and those must never read as commands.
    A signature, closing or mobile footer below still ends the author's part.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i in range(len(lines)) if boundary(lines, i)), None)
    if first is None or boundary(lines, first) not in _QUOTING:
        return Split([])
    quoted = [i for i in range(first, len(lines)) if lines[i].lstrip().startswith(">")]
    if not quoted:
        return Split([])
    return split_new_part("\n".join(lines[quoted[-1] + 1:]))


def own_lines(text: str) -> list[str]:
    """The author's lines above the quote and, in a bottom-posted reply, below it."""
    below = bottom_part(text).lines
    return [*new_part(text), "", *below] if below else new_part(text)
