"""The other speakers of a chat whose lines open with names: once a line's opener (`Amira:`)
is found as a person, the other lines opening `Who: message` are people speaking too, also
when no list holds them or they are written as chats write people (`J-P:`, `Farah M:`,
`Birk Tjäder:`, `bosse_k:`). A form's fields (`Tid:`, `Obs:`), units and abbreviations
(`IVA:`, `PS:`), English words (`Edit:`), drugs and places stay readable, and so does a price
list's line (`Molly: 300`): a message opens with a word."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.base import Hit, furthest_ends
from mailgate.scan.recognizers.everyday import english_words
from mailgate.scan.recognizers.months import schedule_days
from mailgate.scan.recognizers.scores import SCORE_ALONE
from mailgate.scan.recognizers.signers import NO_SIGNERS
from mailgate.scan.recognizers.talkers import a_field_label
from mailgate.scan.recognizers.vouched import DEFINITE_NOUN, WORD_ENDING
from mailgate.scan.recognizers.words import STOP_WORDS

# An opener: one or two words before the colon opening a line, then a message's first word.
_OPENER: Final = re.compile(r"[ \t]*([^\W\d_][\w.'-]{0,24}(?: [^\W\d_][\w.'-]{0,24})?)"
                            r"[ \t]*:[ \t]+[^\W\d_]")
_INITIALS: Final = re.compile(r"[A-ZÅÄÖ](?:[A-ZÅÄÖ]|-[A-ZÅÄÖ])")
_CAPITALISED: Final = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?")
_HANDLE: Final = re.compile(r"[a-zåäö]{2,}[._][a-zåäö0-9]+|[a-zåäö]{2,}\d+")
_FEWEST_LINES: Final = 3  # opening lines that make a text a chat
_SPEAKERS_FOUND: Final = 2  # distinct speakers found before a word's name speaks once


def chat_mates(text: str, found: list[Hit]) -> list[Hit]:
    """Openers of a chat's lines beside an opener already found."""
    if text.count(":") < _FEWEST_LINES or not found:
        return []
    openers = _openers(text)
    days = schedule_days([w for _, _, w in openers])  # a schedule's (`Thu: outing`)
    if days:
        openers = [o for o in openers if o[2] not in days]
    if len(openers) < _FEWEST_LINES:
        return []
    reach = furthest_ends(found)
    spoken = {(s, e) for s, e, _ in openers if reach.get(s, -1) >= e}
    if not spoken:
        return []
    lines = Counter(w for _, _, w in openers)
    # Two others found speaking make a chat: a name that is a word too speaks once in it
    # (`Ros: jag ringer`, `Storm: inte jag`), where one found opener may head a form.
    among = len({w for s, e, w in openers if (s, e) in spoken}) >= _SPEAKERS_FOUND
    return [Hit(s, e, SCORE_ALONE) for s, e, w in openers
            if (s, e) not in spoken and _a_speaker(w, lines[w] > 1, among)]


def _openers(text: str) -> list[tuple[int, int, str]]:
    """Each line's opener: its start, end and words."""
    out = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        m = _OPENER.match(text, start, end)
        if m:
            out.append((m.start(1), m.end(1), m.group(1)))
        start = end + 1
    return out


def _a_speaker(opener: str, again: bool, among: bool = False) -> bool:
    words = opener.split(" ")
    if len(words) == 2:
        first, last = words
        return _a_part(first) and ((len(last) == 1 and last.isupper()) or _a_part(last)) and (
            _no_word(first) or _no_word(last))
    word = words[0]
    if _INITIALS.fullmatch(word):
        return word not in NO_SIGNERS and word.replace("-", "") not in NO_SIGNERS
    if _HANDLE.fullmatch(word):
        return True  # bosse_k, nadia_b: a user's handle
    if word.islower():
        info = names.lookup(word, STOP_WORDS)
        return (info.first and not info.common and not info.negative) or (
            again and _a_word_of_a_name(word.capitalize(), False))
    return _a_word_of_a_name(word, again, among)


def _a_word_of_a_name(word: str, again: bool, among: bool = False) -> bool:
    """A capitalised word that can name someone: listed and no place or drug only, or in no
    list and no word; a word of Swedish (a definite noun, `Grisen`) when it speaks again, a
    listed surname that is a word too (`Ros`, `Storm`) also among other speakers found."""
    if not _CAPITALISED.fullmatch(word) or len(word) < 2:
        return False
    folded = word.casefold()
    if a_field_label(folded) or folded in lexicon.drugs() or folded in STOP_WORDS:
        return False
    info = names.lookup(word, STOP_WORDS)
    if info.name:  # Nora, a town too, speaking again
        return (not info.negative or (info.first and again)) and (
            not info.common or again or (among and info.last))
    if info.negative or folded in english_words():
        return False
    return again or not (WORD_ENDING.search(folded) or DEFINITE_NOUN.search(folded))


def _a_part(word: str) -> bool:
    """A word of a two-word speaker: capitalised, and no field, drug, place or stop word."""
    folded = word.casefold()
    if not _CAPITALISED.fullmatch(word) or a_field_label(folded) or (
            folded in lexicon.drugs() or folded in STOP_WORDS):
        return False
    info = names.lookup(word, STOP_WORDS)
    return not info.negative or info.first or info.last


def _no_word(word: str) -> bool:
    """One of a two-word speaker's words is a name, not a word: `Sunny Kärr`, not `Good
    Morning`."""
    folded = word.casefold()
    return len(word) == 1 or (folded not in english_words() and not names.lookup(
        word, STOP_WORDS).common)
