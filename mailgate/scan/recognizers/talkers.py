"""A chat whose speakers no list holds: `Dawit: har du sett henne?` / `Ljubica: nej`.

A form's labels open lines as a chat's speakers do, but a label is a word (`Plats:`, `Tid:`,
`Obs:`), and a form's fields repeat record by record while saying nothing. Speakers here are
words of no list and no language that take turns, and each of them talks: one of their
messages holds a function word (`nej inte sen i fredags`), where a field holds a value.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Fields of forms, logs and interviews that open lines as speakers do and that the lists
# leave out as no name's word: `Fråga: … / Svar: …`, `Tid: 21:04`, `Status: avslutad`.
FIELD_LABELS: Final = frozenset({
    "plats", "tid", "datum", "klockan", "substans", "preparat", "status", "obs", "notera",
    "fråga", "svar", "händelse", "åtgärd", "resultat", "kommentar", "notering", "anteckning",
    "beskrivning", "typ", "kategori", "ämne", "dosering", "dos", "mängd", "antal", "pris",
    "kontakt", "adress", "telefon", "mejl", "bilaga", "symptom", "symtom", "bedömning",
    "uppföljning", "orsak", "utfall", "plan", "mål", "syfte", "svar", "intervjuare",
    "moderator", "admin", "system", "systemet", "bot", "info", "tips", "varning", "fakta",
    "question", "answer", "location", "time", "date", "substance", "note", "notes", "outcome",
    "action", "result", "comment", "summary", "subject", "type", "category", "dose", "amount",
    "price", "contact", "address", "phone", "email", "severity", "incident", "reason",
    "interviewer", "warning", "update", "edit", "source", "källa", "uppdatering", "redigerat",
})
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
    if len(openers) < _FEWEST_TURNS or not all(speaks) or not FIELD_LABELS.isdisjoint(who):
        return []
    voices = Counter(who)
    if not 2 <= len(voices) <= _MOST_SPEAKERS or voices.most_common(1)[0][1] < 2:
        return []
    talked = {w for c, w in zip(openers, who) if _talks(toks, c)}
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
