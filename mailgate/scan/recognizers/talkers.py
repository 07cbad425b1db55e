"""A chat whose speakers no list holds: `Dawit: har du sett henne?` / `Ljubica: nej`; and
the one a forum's quote header names (`Dawit skrev:`).

A form's labels open lines as a chat's speakers do, but a label is a word (`Plats:`, `Tid:`,
`Obs:`), and a form's fields repeat record by record while saying nothing. Speakers here are
words of no list and no language that take turns, and each of them talks: one of their
messages holds a function word (`nej inte sen i fredags`), where a field holds a value.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from mailgate.scan.recognizers.vouched import (
    DEFINITE_NOUN,
    WIDE_NAME_SHAPE,
    WORD_ENDING,
    unlisted_name,
)
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Fields of forms, logs and interviews that open lines as speakers do and that the lists
# leave out as no name's word: `Fråga: … / Svar: …`, `Tid: 21:04`, `Status: avslutad`.
FIELD_LABELS: Final = frozenset({
    "plats", "tid", "datum", "klockan", "substans", "preparat", "status", "obs", "notera",
    "fråga", "svar", "händelse", "åtgärd", "resultat", "kommentar", "notering", "anteckning",
    "beskrivning", "typ", "kategori", "ämne", "dosering", "dos", "mängd", "antal", "pris",
    "kontakt", "adress", "telefon", "mejl", "bilaga", "symptom", "symtom", "bedömning",
    "uppföljning", "orsak", "utfall", "plan", "mål", "syfte", "intervjuare",
    "moderator", "admin", "system", "systemet", "bot", "info", "tips", "varning", "fakta",
    "question", "answer", "location", "time", "date", "substance", "note", "notes", "outcome",
    "action", "result", "comment", "summary", "subject", "type", "category", "dose", "amount",
    "price", "contact", "address", "phone", "email", "severity", "incident", "reason",
    "interviewer", "warning", "update", "edit", "source", "källa", "uppdatering", "redigerat",
})
# What a form's compound labels end in: `Spaningsrapport:`, `Händelsebeskrivning:`.
_LABEL_ENDINGS: Final = ("rapport", "anteckning", "notering", "beskrivning", "meddelande",
                         "sammanfattning", "bedömning", "uppföljning", "händelse", "åtgärd",
                         "kommentar", "report", "summary", "update")


def a_field_label(folded: str) -> bool:
    """`Plats`, `Tid`, `Spaningsrapport`: a form's field, no speaker."""
    return folded in FIELD_LABELS or folded.endswith(_LABEL_ENDINGS)


# answers a chat's message may hold alone: `Abrhane: yes thanks`
_REPLIES: Final = frozenset({
    "ja", "nej", "jo", "japp", "nä", "ok", "okej", "tack", "yes", "no", "yeah", "yep", "nope",
    "thanks", "sure"})
_FEWEST_TURNS: Final = 3  # lines: A, B, A
_MOST_SPEAKERS: Final = 4  # a chat has a few voices; a form has many fields


def unlisted_talkers(toks: list[Tok], openers: list[int], speaks: list[bool]) -> list[Tok]:
    """The speakers (their tokens) of a chat of names no list holds, each opener the colon's
    index and `speaks[k]` whether opener k's word could be a speaker (a name or a word in no
    list and no language); none when any line opens with a word."""
    who = [toks[c - 1].folded for c in openers]
    if len(openers) < _FEWEST_TURNS or not all(speaks) or any(map(a_field_label, who)):
        return []
    voices = Counter(who)
    if not 2 <= len(voices) <= _MOST_SPEAKERS or voices.most_common(1)[0][1] < 2:
        return []
    talked = {w for c, w in zip(openers, who, strict=True) if _talks(toks, c)}
    if talked != set(voices):
        return []
    return [toks[c - 1] for c in openers if not _noun_shaped(toks[c - 1].folded)]


def _noun_shaped(folded: str) -> bool:
    return bool(WORD_ENDING.search(folded) or DEFINITE_NOUN.search(folded))


def _talks(toks: list[Tok], colon: int) -> bool:
    """The message after the colon holds a function word before its line ends."""
    for t in toks[colon + 1:]:
        if t.line_break_before:
            return False
        if t.folded in STOP_WORDS or t.folded in _REPLIES:
            return True
    return False


# A forum's or a mail's quote header ending its line: `Dawit skrev:`, `Ljubica wrote:`,
# `Citat från Dawit:`, `Quote from Ljubica:`.
_WROTE: Final = frozenset({"skrev", "wrote", "writes", "skriver"})
_QUOTE_FROM: Final = frozenset({"från", "from", "av", "by"})
_QUOTE_WORDS: Final = frozenset({"citat", "quote", "quoting", "citerar", "posted"})


def quote_headers(toks: list[Tok], colons: list[int]) -> list[Tok]:
    """The one quoted, in a header line ending in a colon: a word no list holds, not a
    role's or a firm's (`Moderator skrev:`, `Telia wrote:`)."""
    out = []
    for c in colons:
        if c < 2 or (c + 1 < len(toks) and not toks[c + 1].line_break_before):
            continue
        before, name = toks[c - 1], toks[c - 2]
        if before.folded in _WROTE and _opens(toks, c - 2):
            pass
        elif before.capital and name.folded in _QUOTE_FROM and c > 2 and (
                toks[c - 3].folded in _QUOTE_WORDS):
            name = before
        else:
            continue
        if unlisted_name(name, WIDE_NAME_SHAPE) and not a_field_label(name.folded):
            out.append(name)
    return out


def _opens(toks: list[Tok], i: int) -> bool:
    return i == 0 or toks[i].line_break_before or toks[i - 1].text == ">"
