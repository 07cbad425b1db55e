"""The parts of a name that can follow its finding: a surname after a lone given name, a
register's given name after the surname's comma, the name after a particle, a nickname in
quotes and the surname after it, an initial, a surname broken at the line's end or by OCR.

Each rule takes the text and the finding's bounds and returns the new end, or the old one.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.registerinitials import INITIALS
from mailgate.scan.transliterate import arabic_script
from mailgate.scan.wholename.abbreviated import abbreviated_surname
from mailgate.scan.wholename.facts import (
    PARTICLES,
    REGISTER_AFTER,
    facts,
    function_word,
    given_name,
    one_word,
    plain_word,
    surname_like,
)

# An initial after a given name (`Sanna W`, `Elsa K.`), never I (English `Ida I think`), nor
# the Swedish one-letter words Å, O, Ö; in lower case only a consonant (`malin j:`).
_INITIAL: Final = re.compile(r"[ \t](?:[A-HJ-NP-ZÄ]|I(?=\.))\.?(?![\w\-'’])")
_LOWER_INITIAL: Final = re.compile(r"[ \t][bcdfghjklmnpqrstvwxz](?![\w\-'’])")
_NEXT_WORD: Final = re.compile(r"[ \t]([^\W\d_][\w'’|]*)(?![\w\-])")
_NEXT_TITLE_WORD: Final = re.compile(
    r" ([A-ZÅÄÖÉÜ][a-zåäöéèüßçñ1|'’]+(?:-[a-zåäö]+)?)(?![\w\-])")
_NEXT_CAPS_WORD: Final = re.compile(r" ([A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ1'’]+)(?![\w\-])")
_NEXT_LOWER_WORD: Final = re.compile(r" ([a-zåäöéü][a-zåäöéüć]+)(?![\w\-])")
# A lower-case surname that is also a word closes a name only where the clause ends.
_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[.,;:!?\"”)\n]|\Z)")
_PARTICLE_RUN: Final = re.compile(
    r"((?:[ \t]+[^\W\d_]+){1,2})[ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_BROKEN: Final = re.compile(r"[ \t]([A-ZÅÄÖ][a-zåäöé]+)-\n([a-zåäö]{2,})(?![\w\-])")
_QUOTED_THEN_WORD: Final = re.compile(
    r"[ \t]+[\"'“”‘’«(]([^\"'“”‘’«»()\n]{1,30})[\"'“”‘’»)][ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_AFTER_QUOTE: Final = re.compile(r"[ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_OPENING_QUOTES: Final = frozenset("\"'“”‘’«(")
_CLOSING_QUOTES: Final = frozenset("\"'“”‘’»)")
_ARABIC_FAMILY: Final = re.compile(r"[ \t]+(ال\w{2,}ي)(?!\w)")
_OCR_REST: Final = re.compile(r"[|1][^\W\d_]+")
# A register's initials after the surname's comma: `, J.`, `, E.-M.`, `, A.B.` (each with its
# full stop, so `Berg, A` in a list of grades stays apart).
_REGISTER_INITIALS: Final = re.compile(INITIALS + r"(?![\w\-'’])")
_REGISTER_GIVEN: Final = re.compile(r",[ \t]([A-ZÅÄÖÉÜ][a-zåäöéü]+)(?:([ -])([A-ZÅÄÖ][a-zåäö]+))?")


def initial_after(text: str, start: int, end: int) -> int:
    pattern = _LOWER_INITIAL if text[start].islower() else _INITIAL
    m = pattern.match(text, end)
    return m.end() if m else end


def ocr_rest(text: str, start: int, end: int) -> int:
    """A word OCR broke with a `|` or a `1` for its l (`Kal|berg`), taken to its end."""
    if text[end:end + 1] not in ("|", "1"):
        return end
    m = _OCR_REST.match(text, end)
    if m is None or not text[end - 1].isalpha():
        return end
    info = facts(text[start:end].rsplit(None, 1)[-1] + m.group())
    return m.end() if info.last or info.shaped else end


def surname_after(text: str, start: int, end: int) -> int:
    """`Rune [Sommar]`: a lone given name, then a word that can close a name."""
    if not (one_word(text, start, end) and given_name(text[start:end])):
        return end
    word = text[start:end]
    if word.islower():
        return _lower_surname_after(text, end)
    pattern = _NEXT_CAPS_WORD if word.isupper() and len(word) > 1 else _NEXT_TITLE_WORD
    m = pattern.match(text, end)
    return m.end() if m and (surname_like(m.group(1)) or abbreviated_surname(text, m)) else end


def _lower_surname_after(text: str, end: int) -> int:
    """Dictation's `marcus wikström`: a surname the lists know or shape; one that is also a
    word (`ebba ljung`) only where the clause ends."""
    m = _NEXT_LOWER_WORD.match(text, end)
    if m is None:
        return end
    title = m.group(1).capitalize()
    info = facts(title)
    if not ((info.last or info.shaped) and plain_word(title)):
        return end
    return m.end() if not info.common or _CLAUSE_END.match(text, m.end()) else end


def register_given(text: str, start: int, end: int) -> int:
    """`[Saliba], Jiries (ketoacidos)`: a register's given name (or two: `Eleni Maria`)
    after a surname found alone; never a list of given names (`Piotr, Maria`)."""
    if not _a_surname_before_a_comma(text, start, end):
        return end
    m = _REGISTER_GIVEN.match(text, end)
    if m is None or not given_name(m.group(1)):
        return end
    if m.group(3) and given_name(m.group(3)) and REGISTER_AFTER.match(text, m.end()):
        return m.end()
    return m.end(1) if REGISTER_AFTER.match(text, m.end(1)) else end


def register_initials(text: str, start: int, end: int) -> int:
    """`[Nyqvist], J.`, `[Lövgren], E.-M.`: a register's initials after a surname found alone
    (`Surname, Given` is register_given's); a lone given name takes none (`Anna, B.`)."""
    if not _a_surname_before_a_comma(text, start, end):
        return end
    m = _REGISTER_INITIALS.match(text, end)
    return m.end() if m else end


def _a_surname_before_a_comma(text: str, start: int, end: int) -> bool:
    """One capitalised word, a surname by the lists or its shape (not a given name alone),
    before a comma: where a register writes the given name or the initials next."""
    if text[end:end + 1] != "," or not one_word(text, start, end) or not text[start].isupper():
        return False
    info = facts(text[start:end])
    return (info.last or info.shaped) and not (info.first and not info.last)


def broken_surname(text: str, start: int, end: int) -> int:
    """A surname a page broke at its hyphen (`Jörgen Lilje-⏎qvist`)."""
    if text.find("-\n", end, end + 40) == -1 or not one_word(text, start, end):
        return end
    m = _BROKEN.match(text, end)
    if m is None:
        return end
    joined = m.group(1) + m.group(2)
    return m.end() if surname_like(joined) and not facts(joined).common else end


def particles_after(text: str, start: int, end: int) -> int:
    """`Annelie zu [Sayn]`, `Georges Bou [Saab]`: a name goes on after its particles."""
    last = text[start:end].rsplit(None, 1)[-1].casefold()
    if last in PARTICLES and " " in text[start:end]:
        # the name's own case goes on: `oscar von essen`, `Samira Bou Saab`; not `… bin och`
        m = _NEXT_WORD.match(text, end)
        if m is None or (text[start].isupper() and not m.group(1)[:1].isupper()):
            return end
        return end if function_word(m.group(1)) else m.end()
    m = _PARTICLE_RUN.match(text, end)
    if m is None or not all(p.casefold() in PARTICLES for p in m.group(1).split()):
        return end
    return m.end() if plain_word(m.group(2)) else end


def quoted_inside(text: str, start: int, end: int) -> int:
    """`Conny "Benet" [Ek]`: a nickname in quotes or brackets between a name's parts, taken
    from the given name before it, or from the nickname when that was found; never a drug's
    or a brand's name (`Oscar "Kokain" Lindqvist`)."""
    if text[end:end + 1] in _CLOSING_QUOTES and text[start - 1:start] in _OPENING_QUOTES:
        m = _AFTER_QUOTE.match(text, end + 1)
        return m.end() if m and surname_like(m.group(1)) else end
    if not (one_word(text, start, end) and given_name(text[start:end])):
        return end
    m = _QUOTED_THEN_WORD.match(text, end)
    if m is None or not all(plain_word(w) for w in m.group(1).split()):
        return end
    return m.end() if surname_like(m.group(2)) else end


def quoted_nickname(text: str, start: int, end: int) -> int:
    """`Göran "Handen" [Hällgren]`: the nickname alone, when the surname after it was found
    on its own (a name never grows over another finding)."""
    if not (one_word(text, start, end) and given_name(text[start:end])):
        return end
    m = _QUOTED_THEN_WORD.match(text, end)
    if m is None or not all(plain_word(w) for w in m.group(1).split()):
        return end
    return m.end(1) + 1 if surname_like(m.group(2)) else end


def arabic_family(text: str, start: int, end: int) -> int:
    """A family name in Arabic script after a given name found in it (`سلمى الحسيني`): the
    article al- and the -i of descent."""
    if not arabic_script(text[start:end]):
        return end
    m = _ARABIC_FAMILY.match(text, end)
    return m.end() if m else end
