"""The parts of a name that can stand before its finding: a given name before a surname, a
register's surname before its comma, particles, a nickname glued on with a hyphen, the head
of a surname broken at the line's end.

Each rule takes the text and the finding's bounds and returns the new start, or the old one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.wholename.facts import (
    PARTICLES,
    REGISTER_AFTER,
    facts,
    function_word,
    given_name,
    last_word,
    one_word,
    opens_sentence,
    plain_word,
    surname_like,
    words,
)

# Particles before a name in running text: not Swedish `de`, `den`, `av` (a pronoun, an
# article, a preposition); those that are words elsewhere (German `bin`, Spanish `del`)
# only after a capitalised given name.
PARTICLES_BEFORE: Final = frozenset({
    "von", "van", "der", "zu", "ap", "ten", "ter", "bin", "ibn", "abu", "bou", "abou", "dela",
    "della", "al", "el", "dos", "del",
})
_NEED_A_GIVEN_NAME: Final = frozenset({"bin", "ibn", "abu", "al", "el", "del", "dos", "ter", "ten"})
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_GLUED_BEFORE: Final = re.compile(r"(?<![\w\-])[A-ZÅÄÖ][a-zåäöéü]{2,}-\Z")
_BROKEN_HEAD: Final = re.compile(r"(?<![\w\-])[A-ZÅÄÖ][a-zåäöé]+-\n\Z")
# A register line opens at a line's start, after a label, a cell's mark, a bracket, a
# quote or a tag, maybe after a list's number or bullet.
_LINE_OPENS: Final = r"(?:^|(?<=[\n:;(\t\">]))[ \t]*(?:(?:\d{1,3}[.)]|[-•*])[ \t]+)?"
_CAPS_BEFORE_COMMA: Final = re.compile(
    _LINE_OPENS + r"((?:[A-ZÅÄÖÉÜ1][A-ZÅÄÖÉÜ1'’-]+[ \t]+){0,3}[A-ZÅÄÖÉÜ1][A-ZÅÄÖÉÜ1'’-]+),"
    r"[ \t]*\Z")
_TITLE_BEFORE_COMMA: Final = re.compile(_LINE_OPENS + r"([A-ZÅÄÖ][a-zåäöéü]+),[ \t]*\Z")
_PARTICLES_BEFORE: Final = re.compile(r"(?<![\w\-])((?:[^\W\d_]+[ \t]+){1,2})\Z")
_BEFORE: Final = 60


def word_before(text: str, start: int, end: int) -> int:
    """The word right before a name: a given name (`Bror [Lind]`) or a particle (`von
    [Hagen]`), each looked up once."""
    word = last_word(text, start)
    if word is None:
        return start
    if word.casefold() in PARTICLES:
        return particles_before(text, start, end)
    return given_before(text, start, end, word) if word[:1].isupper() else start


def given_before(text: str, start: int, end: int, given: str) -> int:
    """`Bror [Lind]`, `Till [Meißner]`, `Rita [Borg Grech]`: a listed given name right
    before a surname found alone. One that is a function word too counts only inside a
    sentence (`Till Anna:` opens one)."""
    if text[start - 1:start] != " " or not given_name(given):
        return start
    first = text[start:end].split()[0]
    info = facts(first)
    if not (first[:1].isupper() and words(text, start, end) <= 2 and one_word(
            text, start, start + len(first)) and (info.last or info.shaped or not info.first)):
        return start
    at = start - 1 - len(given)
    if facts(given).negative or given.casefold() in names.NEVER_ALONE or text[
            at - 1:at] in ("-", "_"):
        return start
    if function_word(given) and opens_sentence(text, at):
        return start
    return at


def glued_nickname(text: str, start: int, end: int) -> int:
    """`Turbo-[Tobbe]`, `Moppe-[Micke]`: a nickname glued before a given name. A drug's
    name glued so stays readable (`Kokain-[Kalle]`): masking it would hide the warning."""
    if text[start - 1:start] != "-" or not given_name(text[start:end].split()[0]):
        return start
    m = _GLUED_BEFORE.search(text, max(0, start - 30), start)
    return m.start() if m and plain_word(m.group()[:-1]) else start


def register_before(text: str, start: int, end: int) -> int:
    """`VINTER, [Iris]`, `Kvarn, [Moa]`: a register's surname before the comma and the given
    name, on a line or in a list of such."""
    if text[max(0, start - 3):start].rstrip(" \t")[-1:] != ",":
        return start
    if not (text[start:start + 1].isupper() and given_name(text[start:end].split()[0])):
        return start
    if not REGISTER_AFTER.match(text, end):
        return start
    window = max(0, start - _BEFORE)
    m = _CAPS_BEFORE_COMMA.search(text, window, start)
    if m is not None and _register_words(m.group(1).split()):
        return m.start(1)
    m = _TITLE_BEFORE_COMMA.search(text, window, start)
    if m is None or given_name(m.group(1)):
        return start
    # at a line's start only a surname the lists know (`Grattis, Sara`, `Hilsen, Kari`
    # open a line too); after a label any word that can close a name (`Förare: Kvarn, Edit`)
    word, info = m.group(1), facts(m.group(1))
    labelled = text[max(0, m.start(1) - 2):m.start(1)].strip(" \t-•*")[-1:] in (":", ";", "\t")
    if ((info.last or info.shaped) and plain_word(word)) or (labelled and surname_like(word)):
        return m.start(1)
    return start


def _register_words(words: list[str]) -> bool:
    plain = [w for w in words if w.casefold() not in PARTICLES]
    return bool(plain) and all(len(w) > 1 and (plain_word(w) or facts(w).last) for w in plain)


def particles_before(text: str, start: int, end: int) -> int:
    """`VON DER [HEIDE, Matthias]`, `purser von [Hagen]`."""
    if not text[start:start + 1].isupper():
        return start
    m = _PARTICLES_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return start
    at = start
    found = list(re.finditer(r"[^\W\d_]+", m.group(1)))
    caps = all(w.group().isupper() for w in found)
    for w in reversed(found):
        if w.group().casefold() not in (PARTICLES if caps else PARTICLES_BEFORE):
            break
        at = m.start(1) + w.start()
    if at == start or caps or not _NEED_A_GIVEN_NAME.intersection(
            text[at:start].casefold().split()):
        return at
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return at if before and before.group(1)[:1].isupper() else start


def broken_head(text: str, start: int, end: int) -> int:
    """`Sjö-⏎[holm]`: the head of a surname the page broke, when its tail was found."""
    if text[start - 2:start] != "-\n" or not text[start:start + 1].islower():
        return start
    m = _BROKEN_HEAD.search(text, max(0, start - 30), start)
    return m.start() if m else start
