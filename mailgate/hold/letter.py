"""A warning, not a letter: the parts of a report that belong to the letter around it.

Reporters write to VSN as they write to a colleague: "Hej," at the top, "Kontakta mig gärna
på …" near the end, "Med vänlig hälsning" and a signature block. Members, and the people a
red warning is forwarded to, should read the warning only. `letter_parts` finds those parts
as spans of the original text; the review mail shows them as removed and the moderator may
keep them (BEHÅLL HÄLSNING). Nothing here rewrites words: a part is cut whole or not at all.

The policy is the table below, over folded text (lower case, no diacritics: reply_text.fold):

    kind        where it may stand                 what it removes
    greeting    first words of the text            the greeting and its punctuation
    contact     any sentence                       the sentence ("Kontakta mig …", "Ring …")
    thanks      a sentence of thanks alone         the sentence ("Tack på förhand!")
    closing     a line in the last part            that line and everything after it
                                                   (sign-off, name, title, phone, footer)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from mailgate.parse.reply_text import fold


class Kind(StrEnum):
    GREETING = "greeting"
    CONTACT = "contact"
    THANKS = "thanks"
    CLOSING = "closing"


# What the review mail calls each kind.
KIND_SV: dict[Kind, str] = {
    Kind.GREETING: "hälsningsfras",
    Kind.CONTACT: "kontaktuppgift",
    Kind.THANKS: "tack",
    Kind.CLOSING: "avslutning och signatur",
}

# "Hej alla", "Hej Anna och Per", "Dear colleagues": at most three words after the greeting,
# then punctuation or the end of the line, so "Hej vi har sett …" keeps its sentence.
GREETING = re.compile(
    r"^\s*(?:hej|hejsan|halla|hallaj|tjena|tja|god (?:morgon|dag|kvall|eftermiddag)"
    r"|hello|hi|dear|greetings|till vsn|till varningssystem narkotika|basta|baste)"
    r"(?:\s+[^\W\d_][\w-]*){0,3}\s*(?:[,!.:](?=\s|$)|$)")

CONTACT: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    r"^(?:kontakta|ring|sms:?a|mejla|maila|hor av|skriv till) (?:mig|oss|dig|er|garna|du)\b",
    r"^(?:du|ni) (?:nar|kan na|kan kontakta|far garna kontakta) (?:mig|oss)\b",
    r"^(?:jag|vi) (?:nas|ar nabar|svarar garna)\b",
    r"^(?:har ni|har du) (?:fragor|funderingar)\b",
    r"^(?:vid fragor|for fragor|for mer information|mer information)\b",
    r"^(?:tveka inte|ta garna kontakt)\b",
    r"^(?:feel free|please (?:contact|call|get in touch)|do not hesitate|don't hesitate|"
    r"you can reach|contact me|call me|if you have (?:any )?questions|for more information)\b",
))
THANKS = re.compile(r"^\s*(?:tack(?: pa forhand| for (?:ert|ditt|att)[^.!\n]{0,60}| sa mycket)?"
                    r"|thanks(?: in advance)?|thank you(?: in advance)?|many thanks)\s*[.!]*\s*$")
CLOSING = re.compile(
    r"^\s*(?:mvh|m\.v\.h\.?|med vanlig\w* halsning\w*|vanlig\w* halsning\w*|halsningar|"
    r"hälsningar|allt gott|ha det bra|best regards|kind regards|regards|best wishes|"
    r"sincerely|yours sincerely|cheers|/\s*[^\W\d_]+|--\s*|skickat fran min|skickad fran min|"
    r"sent from my|hamta outlook|get outlook)\s*[,.!]?\s*(?:$|[^\W\d_])")
CLOSING_LINE_MAX = 60   # "Hälsningar från fältet: vi ser mer crack …" is a sentence, not a sign-off
# A closing stands in the last lines: a report that quotes "Hälsningar" in its middle is text.
CLOSING_WITHIN_LAST = 12
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@dataclass(frozen=True)
class Part:
    """One stretch of the original text that belongs to the letter, not the warning."""

    kind: Kind
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KIND_SV[self.kind]


def letter_parts(text: str) -> list[Part]:
    """The greeting, contact sentences, thanks and closing of `text`, by start, no overlaps."""
    found = [*_greeting(text), *_closing(text)]
    closing_start = next((p.start for p in found if p.kind == Kind.CLOSING), len(text))
    found += [p for p in (*_contacts(text), *_thanks(text)) if p.start < closing_start]
    return _without_overlaps(sorted(found, key=lambda p: (p.start, -p.end)))


def _greeting(text: str) -> list[Part]:
    lead = len(text) - len(text.lstrip())
    first_line = text[lead:].split("\n", 1)[0]
    folded = fold(first_line)
    match = GREETING.match(folded)
    if match is None or len(folded) != len(first_line):  # folding changed offsets: leave it
        return []
    end = _skip_space(text, lead + match.end())
    return [Part(Kind.GREETING, lead, end, text[lead:end].strip())]


def _closing(text: str) -> list[Part]:
    lines = _lines(text)
    last = [ln for ln in lines if ln[2].strip()][-CLOSING_WITHIN_LAST:]
    for start, _, line in last:
        if (CLOSING.match(fold(line)) and start > 0 and len(line.strip()) <= CLOSING_LINE_MAX
                and _only_short_after(text, start)):
            return [Part(Kind.CLOSING, start, len(text), text[start:].strip())]
    return []


def _only_short_after(text: str, start: int) -> bool:
    """A sign-off is followed by a name, a title, an address: short lines only."""
    rest = [ln for ln in text[start:].split("\n")[1:] if ln.strip()]
    return all(len(ln) <= 90 for ln in rest) and len(rest) <= 10


def _contacts(text: str) -> list[Part]:
    found = []
    for start, end in _sentences(text):
        sentence = fold(text[start:end]).strip()
        if any(p.match(sentence) for p in CONTACT):
            found.append(Part(Kind.CONTACT, start, _skip_space(text, end),
                              text[start:end].strip()))
    return found


def _thanks(text: str) -> list[Part]:
    return [Part(Kind.THANKS, s, _skip_space(text, e), text[s:e].strip())
            for s, e in _sentences(text) if s > 0 and THANKS.match(fold(text[s:e]))]


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        if text[pos:end].strip():
            lead = len(text[pos:end]) - len(text[pos:end].lstrip())
            spans.append((pos + lead, end))
        pos = match.end()
    if text[pos:].strip():
        lead = len(text[pos:]) - len(text[pos:].lstrip())
        spans.append((pos + lead, len(text.rstrip())))
    return spans


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _skip_space(text: str, end: int) -> int:
    """Past the spaces after a part, and past one line break, so no gap is left behind."""
    while end < len(text) and text[end] in " \t\r":
        end += 1
    return end + 1 if end < len(text) and text[end] == "\n" else end


def _without_overlaps(parts: list[Part]) -> list[Part]:
    kept: list[Part] = []
    for p in parts:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept
