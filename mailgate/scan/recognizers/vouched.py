"""Names no list holds, vouched for by what only a person has right after them: a full name
followed by a personnummer, a mobile number, a birth or an age (`Ovrin Talgast,
851103-2218`, `Merisol Kavundu (19920412-3387)`, `Brodd Vinkel, 070-174 06 57`, `Ilvar
Tesk (17)`), or one word followed by a personnummer or an age in years (`Kasjmir
19531211-3467`, `Orvik, 34 år,`); and a greeted word (`Hej Ilvar!`).

Firms and places own landlines and organisationsnummer, never a personnummer (whose month is
a month), a mobile or an age, so the numbers asked for here are those alone.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.cues import CALL_VERBS, GREETINGS
from mailgate.scan.kinwords import BRACKETED_KIN
from mailgate.scan.numbercues import (
    BANK_CUES,
    ID_CUES,
    ID_LABELS,
    ID_NEGATIVE_CUES,
    NUMBER_LABELS,
    PHONE_CUES,
    PLATE_CUES,
)
from mailgate.scan.recognizers.asked import asked
from mailgate.scan.recognizers.idcued import ID_CUE_WORDS
from mailgate.scan.recognizers.personacts import (
    acts_first,
    addressed,
    speaks_after,
    speaks_after_a_fronted_word,
    speaks_first,
    with_someone,
)
from mailgate.scan.recognizers.roles import ENGLISH_ROLES, role_shaped
from mailgate.scan.recognizers.words import Tok

# A name's shape: one capital, then small letters, perhaps after a capitalised part and a
# hyphen (Al-Homsi, Ould-Ahmed). Swedish noun endings are not names.
NAME_SHAPE: Final = re.compile(
    r"^(?:[A-ZÅÄÖ][a-zåäöéüçşğı]{1,14}-)?[A-ZÅÄÖ][a-zåäöéüçşğı]{2,14}$")
# The rules of a sentence's place (below) also take the letters of Latin-1 and Latin
# Extended-A, and Romanian's comma letters: Bożydar, Audronė, Nêrgiz, Şükriye, Dănuț
# (Extended-A mixes its cases: a capital inside a word there is rare enough).
_UPPER: Final = "A-ZÀ-ÖØ-ÞĀ-ſȘȚ"
_LOWER: Final = "a-zß-öø-ÿĀ-ſșț"
WIDE_NAME_SHAPE: Final = re.compile(
    rf"^(?:[{_UPPER}][{_LOWER}]{{1,14}}-)?[{_UPPER}][{_LOWER}]{{2,14}}$")
WORD_ENDING: Final = re.compile(
    r"(?:ning|ningar|ningen|het|heten|else|skap|tion|tioner|ism|itet|ande|ende|are|arna|erna)$"
)
# A long unlisted word in a Swedish definite form is a noun, even after a cue:
# Mvh / Sprututbytet, Kontakt: Fältteamet; and the -el nouns' form (driver Lanthandeln).
DEFINITE_NOUN: Final = re.compile(r"^(?:[a-zåäö]{5,}(?:et|en|erna|arna|orna)|[a-zåäö]{4,}eln)$")

# Right after the name: a comma, a bracket or a space, then a personnummer (the date's
# month 01-12, the day 01-31, 10 or 12 digits, a dash, plus or nothing before the last four).
_PNR: Final = r"(?:19|20)?\d\d(?:0[1-9]|1[0-2])(?:[0-6]\d|7[01])\s?[-+–]?\s?\d{4}(?!\d)"
# a Swedish mobile (07x), written with or without the country code
_MOBILE: Final = r"(?:\+46\s?\(?0?\)?\s?|0046\s?|0)7[02369][\s-]?\d"
# a birth: född 1990, f. 1990-03-12, b. 12 March
_BIRTH: Final = r"(?:född|fodd|f\.|born|b\.)\s?\d"
# an age: (17), (17 år), , 34 år
_AGE_BRACKET: Final = r"\(\d{1,2}(?:\s?(?:år|years|yrs|y\.?o\.?))?\)"
_AGE_WORDS: Final = r"\d{1,2}\s?(?:år|years old|yrs|y/o)\b"

# an age alone between commas after a full name: `Vukan Krässgom, 16, an exchange student`
_AGE_COMMAS: Final = r",[ \t]*\d{1,2}[ \t]*,"
# a grown age alone in brackets after one word, its sentence going on: `Fäkgre (17) sa att`
_AGE_GOES_ON: Final = r"\([1-9]\d\)(?=[ \t]*[.,;:]|[ \t]+[a-zåäö])"

_AFTER_PAIR: Final = re.compile(
    rf"[ \t]*(?:,[ \t]*|\([ \t]*|[ \t])?(?:{_PNR}|{_MOBILE}|{_BIRTH}|{_AGE_BRACKET}|{_AGE_WORDS})"
    rf"|{_AGE_COMMAS}")
_AFTER_ONE: Final = re.compile(
    rf"[ \t]*(?:,[ \t]*|\([ \t]*|[ \t])?(?:{_PNR}|{_AGE_WORDS})|[ \t]*\(\d{{1,2}}\s?(?:år|years)\)"
    rf"|[ \t]*{_AGE_GOES_ON}")
_LOOK: Final = 40  # characters after the name read


def unlisted_name(t: Tok, shape: re.Pattern[str] = NAME_SHAPE) -> bool:
    """A word shaped as a name that no list holds, and no word, job title or noun's form."""
    info = t.info  # what the token holds first, then its letters' patterns
    return not (info.name or info.common or info.negative or t.drug_word or t.institution) and (
        shape.match(t.text) is not None) and not (
        WORD_ENDING.search(t.folded) or DEFINITE_NOUN.search(t.folded)
        or role_shaped(t.folded, False) or t.folded in ENGLISH_ROLES
        or t.folded in lexicon.entries("english_words"))


def vouched(words: list[Tok]) -> bool:
    """One or two name-shaped words in no list, side by side, then what only a person has."""
    if not words or len(words) > 2 or words[-1].index - words[0].index != len(words) - 1 or (
            words[0].line_is_shouting) or not unlisted_name(words[0], WIDE_NAME_SHAPE) or (
            len(words) == 2 and not unlisted_name(words[1], WIDE_NAME_SHAPE)):
        return False
    if len(words) == 1 and _a_label(words[0].folded):
        return False  # Numret 0503…, Telefon 070-…: a number's label, not its owner
    if all(NAME_SHAPE.match(t.text) for t in words) and (
            vouched_by_what_follows(words[-1], len(words) == 2) or _called(words) or (
                _kin_in_brackets(words[-1])) or (len(words) == 2 and speaks_after(words[-1]))):
        return True
    if len(words) == 2:
        return with_someone(words[0]) or acts_first(words)
    return speaks_first(words[0]) or addressed(words[0]) or asked(words[0]) or (
        speaks_after_a_fronted_word(words[0]))


# The words naming a number, a date or a sum before it.
_NUMBER_WORDS: Final = (ID_CUES | ID_CUE_WORDS | ID_NEGATIVE_CUES | NUMBER_LABELS | ID_LABELS
                        | PHONE_CUES | BANK_CUES | PLATE_CUES)
_LABEL_PART: Final = re.compile(r"num|nr|telefon|mobil|konto|datum")
_DEFINITE_END: Final = re.compile(r"(?:en|an|et|rn|na)$")  # Numret, Koden, Listan


def _a_label(folded: str) -> bool:
    """A word that names the number after it, or a short noun in its definite form."""
    return folded in _NUMBER_WORDS or _LABEL_PART.search(folded) is not None or (
        _DEFINITE_END.search(folded) is not None)


# Owners before a kin word in brackets: `(min son, 24)`, `(your cousin)`.
_OWNERS: Final = frozenset({"min", "mitt", "mina", "hans", "hennes", "deras", "vår", "din",
                            "my", "his", "her", "their", "our", "your"})
_KIN_AFTER: Final = re.compile(r"[ \t]*\([ \t]*(\w+)(?:[ \t]+(\w+))?[ \t]*[),]")


def _kin_in_brackets(last: Tok) -> bool:
    """Kin or a friend in brackets right after the name: `Rasko Pöntrål (pappa)`,
    `Veilmar (min son, 24)`, `Deindal (kollega)`; a room's or an office's word is no kin
    (`Sal B (kontor)`)."""
    place = last.place
    if place is None:
        return False
    m = _KIN_AFTER.match(place.text, last.end, last.end + _LOOK)
    if m is None:
        return False
    first, second = m.group(1).casefold(), (m.group(2) or "").casefold()
    word = second if first in _OWNERS and second else first
    return word in BRACKETED_KIN




# kin.py's verbs of calling, and asking to be contacted
_CALL_VERBS: Final = CALL_VERBS | {"kontakta", "kontaktade"}
_MOBILE_AFTER: Final = re.compile(rf"[ \t]*(?:på[ \t]+|on[ \t]+|,[ \t]*|\([ \t]*)?{_MOBILE}")


def _called(words: list[Tok]) -> bool:
    """A verb of calling before and a mobile after: `ring Vudgryr 070 174 …`, `kontakta
    Orvik på 070-…`; an office is called on its landline."""
    first = words[0]
    place = first.place
    if place is None or place.toks is None or first.index == 0:
        return False
    if place.toks[first.index - 1].folded not in _CALL_VERBS:
        return False
    return _MOBILE_AFTER.match(place.text, words[-1].end, words[-1].end + _LOOK) is not None


# Plural endings: `Hej Grannar!`, `Hi Volunteers,` greet a group, not someone.
_PLURAL: Final = re.compile(r"(?:ar|er|or|na|s)$")
# What closes a greeting's name: `Hej Ilvar!`, `Hi Ilvar,`, `Hej Ilvar` alone on its line.
_GREETING_ENDS: Final = frozenset({"!", ",", ":", "!!", "."})


def greeted(tok: Tok, toks: list[Tok]) -> bool:
    """A word in no list greeted where a message opens (`Hej Ilvar!`, `Hi Orvik,`): the one
    the message speaks to. Places and agencies are listed (`Hej Malmö!`) and plural words
    greet a group."""
    i = tok.index
    if i == 0 or tok.line_break_before or toks[i - 1].folded not in GREETINGS:
        return False
    greeting = toks[i - 1]
    if not (greeting.index == 0 or greeting.line_break_before or greeting.sentence_start):
        return False
    ends = i + 1 >= len(toks) or toks[i + 1].line_break_before or toks[i + 1].text in (
        _GREETING_ENDS)
    return ends and unlisted_name(tok, WIDE_NAME_SHAPE) and not _PLURAL.search(tok.folded) and (
        tok.folded not in lexicon.entries("places_abroad"))  # Hej Sápmi!: a region greeted


def vouched_by_what_follows(last: Tok, pair: bool) -> bool:
    """A personnummer, mobile, birth or age right after a name's last word; one word alone
    is vouched for only by a personnummer or an age in years (a room's number, `Sal (3)`, and
    a service's mobile are no one's)."""
    place = last.place
    if place is None:
        return False
    after = place.text[last.end : last.end + _LOOK]
    return (_AFTER_PAIR if pair else _AFTER_ONE).match(after) is not None
