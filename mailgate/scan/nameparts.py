"""The parts of a name that its finding can leave outside, each judged from the words beside
the finding: a surname after a given name, a given name before a surname, a register's
surname before its comma, particles, an initial, a nickname quoted inside the name or glued
before it, a surname broken over two lines.

Each rule takes the text and the finding's bounds and returns the new bound, or the old one.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from mailgate.scan import lexicon, names
from mailgate.scan.recognizers.wordfacts import STOP_WORDS
from mailgate.scan.transliterate import arabic_script

# Particles a name carries between its parts: Rhys ap Gwilym, Kurt von der Lahr, Samira Bou
# Saab, Jasmin dela Peña. Swedish `de`, `den` and `av` are left out of those before a name in
# running text, where they are a pronoun, an article and a preposition.
PARTICLES: Final = names.PARTICLES | {"zu", "ap", "bou", "abou", "dela", "della", "ter", "ten"}
PARTICLES_BEFORE: Final = frozenset({
    "von", "van", "der", "zu", "ap", "ten", "ter", "bin", "ibn", "abu", "bou", "abou", "dela",
    "della", "al", "el", "dos", "del",
})
_NEED_A_GIVEN_NAME: Final = frozenset({"bin", "ibn", "abu", "al", "el", "del", "dos", "ter", "ten"})
_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)[ \t]+$")
# An initial after a given name (`Sanna W`, `Elsa K.`), never I (English `Ida I think`), nor
# the Swedish one-letter words Å, O, Ö; in lower case only a consonant (`malin j:`).
_INITIAL: Final = re.compile(r"[ \t](?:[A-HJ-NP-ZÄ]|I(?=\.))\.?(?![\w\-'’])")
_LOWER_INITIAL: Final = re.compile(r"[ \t][bcdfghjklmnpqrstvwxz](?![\w\-'’])")
_NEXT_WORD: Final = re.compile(r"[ \t]([^\W\d_][\w'’|]*)(?![\w\-])")
_NEXT_TITLE_WORD: Final = re.compile(r"[ \t]([A-ZÅÄÖÉÜ][a-zåäöéèüßçñ1|'’]+)(?![\w\-])")
_NEXT_CAPS_WORD: Final = re.compile(r"[ \t]([A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ1'’]+)(?![\w\-])")
_NEXT_LOWER_WORD: Final = re.compile(r"[ \t]([a-zåäöéü][a-zåäöéüć]+)(?![\w\-])")
_PARTICLE_RUN: Final = re.compile(r"((?:[ \t]+[^\W\d_]+){1,2})[ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_BROKEN: Final = re.compile(r"[ \t]([A-ZÅÄÖ][a-zåäöé]+)-\n([a-zåäö]{2,})(?![\w\-])")
_QUOTED_THEN_WORD: Final = re.compile(
    r"[ \t]+[\"'“”‘’«(]([^\"'“”‘’«»()\n]{1,30})[\"'“”‘’»)][ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_AFTER_QUOTE: Final = re.compile(r"[ \t]+([A-ZÅÄÖÉÜ][\w'’]+)(?![\w\-])")
_OPENING_QUOTES: Final = frozenset("\"'“”‘’«(")
_CLOSING_QUOTES: Final = frozenset("\"'“”‘’»)")
_ARABIC_FAMILY: Final = re.compile(r"[ \t]+(ال\w{2,}ي)(?!\w)")
_OCR: Final = str.maketrans({"1": "l", "|": "l"})
_OCR_REST: Final = re.compile(r"[|1][^\W\d_]+")

# Looked for in the stretch just before a finding.
_GLUED_BEFORE: Final = re.compile(r"(?<![\w\-])[A-ZÅÄÖ][a-zåäöéü]{2,}-\Z")
_BROKEN_HEAD: Final = re.compile(r"(?<![\w\-])[A-ZÅÄÖ][a-zåäöé]+-\n\Z")
_CAPS_BEFORE_COMMA: Final = re.compile(
    r"(?:^|(?<=[\n:;(\t]))[ \t]*((?:[A-ZÅÄÖÉÜ1][A-ZÅÄÖÉÜ1'’-]+[ \t]+){0,3}"
    r"[A-ZÅÄÖÉÜ1][A-ZÅÄÖÉÜ1'’-]+),[ \t]*\Z")
_TITLE_BEFORE_COMMA: Final = re.compile(
    r"(?:^|(?<=[\n:;\t]))[ \t]*(?:[-•*][ \t]+)?([A-ZÅÄÖ][a-zåäöéü]+),[ \t]*\Z")
_PARTICLES_BEFORE: Final = re.compile(r"(?<![\w\-])((?:[^\W\d_]+[ \t]+){1,2})\Z")
# What may follow a register's given name: the line's end, a cell's or a list's mark, a
# bracket, a number.
_REGISTER_AFTER: Final = re.compile(r"[ \t]*(?:$|\n|[;|(\[\t]|,?[ \t]*\d)")
_BEFORE: Final = 60
_ONE_WORD: Final = re.compile(r"[\w'’-]+")


@functools.lru_cache(maxsize=1 << 14)
def _facts(word: str) -> names.Word:
    return names.lookup(word.translate(_OCR), STOP_WORDS)


def _plain_word(word: str) -> bool:
    """Neither a place, thing or calendar word, nor a function word, nor a greeting."""
    folded = word.casefold()
    info = _facts(word)
    return not (info.negative or folded in STOP_WORDS or folded in names.NEVER_ALONE)


def _surname_like(word: str) -> bool:
    """A word that may close a name after a given name: a listed or shaped name, or a word
    no list knows (Sommar, Öhrn, Nikolaidis), as Swedish capitalises only names inside a
    sentence."""
    if not _plain_word(word):
        return False
    info = _facts(word)
    if info.name:
        return True
    folded = word.casefold()
    return not (info.common or folded in lexicon.entries("english_words")
                or folded in lexicon.entries("german_nouns"))


def one_word(text: str, start: int, end: int) -> bool:
    return _ONE_WORD.fullmatch(text, start, end) is not None


def given_name(word: str) -> bool:
    return _facts(word).first


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
    word = text[start:end].rsplit(None, 1)[-1] + m.group()
    info = _facts(word)
    return m.end() if info.last or info.shaped else end


def surname_after(text: str, start: int, end: int) -> int:
    """`Till [Meißner]`'s mirror: a lone given name, then a word that can close a name."""
    if not (one_word(text, start, end) and given_name(text[start:end])):
        return end
    word = text[start:end]
    pattern = (_NEXT_CAPS_WORD if word.isupper() and len(word) > 1 else
               _NEXT_LOWER_WORD if word.islower() else _NEXT_TITLE_WORD)
    m = pattern.match(text, end)
    if m is None:
        return end
    candidate = m.group(1)
    if word.islower():
        title = candidate.capitalize()
        info = _facts(title)
        return m.end() if (info.last or info.shaped) and not info.common and _plain_word(
            title) else end
    return m.end() if _surname_like(candidate) else end


def broken_surname(text: str, start: int, end: int) -> int:
    """A surname a page broke at its hyphen (`Jörgen Lilje-⏎qvist`)."""
    if text.find("-\n", end, end + 40) == -1 or not one_word(text, start, end):
        return end
    m = _BROKEN.match(text, end)
    if m is None:
        return end
    joined = m.group(1) + m.group(2)
    return m.end() if _surname_like(joined) and not _facts(joined).common else end


def particles_after(text: str, start: int, end: int) -> int:
    """`Annelie zu [Sayn]`, `Georges Bou [Saab]`: a name goes on after its particles."""
    last = text[start:end].rsplit(None, 1)[-1].casefold()
    if last in PARTICLES and " " in text[start:end]:
        m = _NEXT_WORD.match(text, end)
        return m.end() if m else end
    m = _PARTICLE_RUN.match(text, end)
    if m is None or not all(p.casefold() in PARTICLES for p in m.group(1).split()):
        return end
    return m.end() if _plain_word(m.group(2)) else end


def quoted_inside(text: str, start: int, end: int) -> int:
    """`Conny "Benet" [Ek]`: a nickname in quotes or brackets between a name's parts, taken
    from the given name before it, or from the nickname when that was found; never a drug's
    or a brand's name (`Oscar "Kokain" Lindqvist`)."""
    if text[end:end + 1] in _CLOSING_QUOTES and text[start - 1:start] in _OPENING_QUOTES:
        m = _AFTER_QUOTE.match(text, end + 1)
        return m.end() if m and _surname_like(m.group(1)) else end
    if not (one_word(text, start, end) and given_name(text[start:end])):
        return end
    m = _QUOTED_THEN_WORD.match(text, end)
    if m is None or not all(_plain_word(w) for w in m.group(1).split()):
        return end
    return m.end() if _surname_like(m.group(2)) else end


def arabic_family(text: str, start: int, end: int) -> int:
    """A family name in Arabic script after a given name found in it (`سلمى الحسيني`): the
    article al- and the -i of descent."""
    if not arabic_script(text[start:end]):
        return end
    m = _ARABIC_FAMILY.match(text, end)
    return m.end() if m else end


def given_before(text: str, start: int, end: int) -> int:
    """`Bror [Lind]`, `Till [Meißner]`: a listed given name right before a lone surname. A
    given name that is also a word counts only inside a sentence (`Till Anna:` opens one)."""
    if text[start - 1:start] != " " or not text[start - 2:start - 1].isalpha():
        return start
    given = _last_word(text, start)
    if given is None or not given[:1].isupper() or not given_name(given):
        return start
    word = text[start:end]
    info = _facts(word)
    if not (word[:1].isupper() and one_word(text, start, end) and (
            info.last or info.shaped or not info.first)):
        return start
    at = start - 1 - len(given)
    folded = given.casefold()
    if _facts(given).negative or folded in names.NEVER_ALONE or text[at - 1:at] in ("-", "_"):
        return start
    if (folded in STOP_WORDS or _facts(given).common) and _opens_sentence(text, at):
        return start
    return at


def broken_head(text: str, start: int, end: int) -> int:
    """`Sjö-⏎[holm]`: the head of a surname the page broke, when its tail was found."""
    if text[start - 2:start] != "-\n" or not text[start:start + 1].islower():
        return start
    m = _BROKEN_HEAD.search(text, max(0, start - 30), start)
    return m.start() if m else start


def _last_word(text: str, at: int) -> str | None:
    """The word that ends just before the blanks before `at`."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i] if j < i else None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 40):at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n>\"”-–•*"


def glued_nickname(text: str, start: int, end: int) -> int:
    """`Turbo-[Tobbe]`, `Moppe-[Micke]`: a nickname glued before a given name. A drug's
    name glued so stays readable (`Kokain-[Kalle]`): masking it would hide the warning."""
    if text[start - 1:start] != "-" or not given_name(text[start:end].split()[0]):
        return start
    m = _GLUED_BEFORE.search(text, max(0, start - 30), start)
    return m.start() if m and _plain_word(m.group()[:-1]) else start


def register_before(text: str, start: int, end: int) -> int:
    """`VINTER, [Iris]`, `Kvarn, [Moa]`: a register's surname before the comma and the given
    name, on a line or in a list of such."""
    if text[max(0, start - 3):start].rstrip(" \t")[-1:] != ",":
        return start
    if not (text[start:start + 1].isupper() and given_name(text[start:end].split()[0])):
        return start
    if not _REGISTER_AFTER.match(text, end):
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
    info = _facts(m.group(1))
    labelled = text[max(0, m.start(1) - 2):m.start(1)].strip(" \t-•*")[-1:] in (":", ";", "\t")
    word = m.group(1)
    if ((info.last or info.shaped) and _plain_word(word)) or (labelled and _surname_like(word)):
        return m.start(1)
    return start


def _register_words(words: list[str]) -> bool:
    plain = [w for w in words if w.casefold() not in PARTICLES]
    return bool(plain) and all(len(w) > 1 and (_plain_word(w) or _facts(w).last) for w in plain)


def particles_before(text: str, start: int, end: int) -> int:
    """`VON DER [HEIDE, Matthias]`, `purser von [Hagen]`. The particles that are words
    elsewhere (German `bin`, Spanish `del`) only after a capitalised given name."""
    if not (text[start:start + 1].isupper() and text[start - 1:start] in (" ", "\t")):
        return start
    last = _last_word(text, start)
    if last is None or last.casefold() not in PARTICLES:
        return start
    m = _PARTICLES_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return start
    at = start
    words = list(re.finditer(r"[^\W\d_]+", m.group(1)))
    caps = all(w.group().isupper() for w in words)
    for w in reversed(words):
        if w.group().casefold() not in (PARTICLES if caps else PARTICLES_BEFORE):
            break
        at = m.start(1) + w.start()
    if at == start or caps or not _NEED_A_GIVEN_NAME.intersection(
            text[at:start].casefold().split()):
        return at
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return at if before and before.group(1)[:1].isupper() else start
