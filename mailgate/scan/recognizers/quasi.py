"""Quasi-identifiers: a warning for the moderator, never masked.

In a small place a named school, a class, a small residential unit, a flat's number without
its street, or an age given together with a small municipality and a date can point at one
person.
"""

from __future__ import annotations

import re
from typing import Any, Final

from mailgate.scan import lexicon
from mailgate.scan.recognizers.address import LGH
from mailgate.scan.recognizers.base import Hit, RegexRecognizer
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import fast
from mailgate.scan.recognizers.prefilter import prefiltered
from mailgate.scan.whole import whole_of

# Asked only of texts with a school's word (nearly every capital would start a try).
SCHOOL: Final = Gated(fast(re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\w-]*(?:skolan|skola|gymnasiet|gymnasium)(?![\w])")), "skola|gymnasi")
# "Anna Lindhs gymnasium": found from the lone school word, then the names before it.
SCHOOL_WORD: Final = prefiltered(
    re.compile(r"(?<=\s)(?:skola|skolan|gymnasium|gymnasiet|friskola)(?![\w])"))
NAMES_BEFORE: Final = re.compile(r"(?:[A-ZÅÄÖ][a-zåäöé]+s?\s){1,3}$")
CLASS: Final = re.compile(
    r"(?<![\w])(?i:klass|årskurs|åk|class|grade|year)\s?\d{1,2}\s?[A-Za-z]?(?![\w])"
    # Upper-secondary programme classes: NA22b, TE23a, IMS24.
    r"|(?<![\w])(?:NA|SA|TE|EK|ES|BF|BA|EE|FT|HA|HT|HV|IN|NB|RL|VF|VO|IM[ASY]?)\d{2}[a-z]?(?![\w])"
)
UNIT: Final = re.compile(
    r"(?<![\w])(?:HVB|LSS|SiS|stöd|skydds|familje|grupp|elev|jour)[-]?"
    r"(?:hemmet|hem|boendet|boende|bostaden|bostad)(?:\s[A-ZÅÄÖ][\w-]+)?",
    re.IGNORECASE,
)
# An age: `(?<![\w])(?:\d{1,2}[- ]?åriga?|\d{1,2}\sår(?:\sgammal)?|\(\d{1,2}\)|aged\s\d{1,2}
# |\d{1,2}[- ]year[- ]old)(?![\w])` in any case (AGE_SOURCE), written first-character-first:
# led by the class of its first characters outside the case folding (a class with letters
# under IGNORECASE gives `re` nothing to skip to), the guard and the branches after it, so
# `re` skips to digits, brackets and a's instead of trying every position of every text.
AGE_SOURCE: Final = (
    r"(?<![\w])(?:\d{1,2}[- ]?åriga?|\d{1,2}\sår(?:\sgammal)?|\(\d{1,2}\)|aged\s\d{1,2}"
    r"|\d{1,2}[- ]year[- ]old)(?![\w])")
AGE: Final = re.compile(
    r"[\d(Aa](?<![\w](?s:.))(?i:(?<=\d)(?:\d?[- ]?åriga?|\d?\sår(?:\sgammal)?|\d?[- ]year[- ]old)"
    r"|(?<=\()\d{1,2}\)|(?<=a)ged\s\d{1,2})(?![\w])")
DATE: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}|\b\d{1,2}\s(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt"
    r"|nov|dec)\w*|\b(?:igår|i går|idag|i dag|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:s|en)?"
    r"|i helgen|natten|i natt|i morse|i kväll|förra veckan)\b",
    re.IGNORECASE,
)
# Municipalities above ~35 000 inhabitants; every other municipality counts as small.
LARGE_MUNICIPALITIES: Final = frozenset(m.casefold() for m in (
    "Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Örebro", "Västerås",
    "Helsingborg", "Norrköping", "Jönköping", "Umeå", "Lund", "Borås", "Huddinge",
    "Eskilstuna", "Nacka", "Gävle", "Halmstad", "Södertälje", "Botkyrka", "Haninge",
    "Sundsvall", "Karlstad", "Växjö", "Kristianstad", "Luleå", "Järfälla", "Täby", "Solna",
    "Skellefteå", "Kungsbacka", "Sollentuna", "Mölndal", "Varberg", "Östersund",
    "Trollhättan", "Norrtälje", "Uddevalla", "Falun", "Borlänge", "Lidingö", "Sundbyberg",
    "Tyresö", "Skövde", "Gotland", "Kalmar", "Upplands Väsby", "Vallentuna", "Hässleholm",
    "Karlskrona", "Ängelholm", "Piteå", "Landskrona", "Örnsköldsvik", "Motala", "Lerum",
    "Trelleborg", "Enköping", "Sigtuna", "Partille", "Kungälv", "Alingsås", "Värmdö",
    "Österåker", "Nyköping", "Falkenberg", "Sandviken", "Karlskoga", "Vellinge",
))


def has_age(text: str) -> bool:
    """`AGE.search(text) is not None`, tried only where an age can start: within three
    characters before `år`, `aged` or `year` (as AGE reads them, in any case), or at a
    bracket round one or two digits. A dense MB is read for those in half the time AGE
    takes to try every digit (tests/scan/test_quasi.py compares)."""
    for word in _AGE_WORDS.finditer(text):
        at = word.start()
        if any(AGE.match(text, s) for s in range(max(0, at - 3), at + 1)):
            return True
    return any(AGE.match(text, m.start()) for m in _BRACKETED_AGE.finditer(text))


# Every age but a bracketed one holds one of these (none can overlap another).
_AGE_WORDS: Final = re.compile("år|aged|year", re.IGNORECASE)
_BRACKETED_AGE: Final = re.compile(r"\(\d\d?\)")


def ages_matter(text: str) -> bool:
    """An age in `text` is a quasi-identifier when a date and a small municipality are there."""
    return bool(DATE.search(text)) and small_municipality_in(text)


def small_municipality_in(text: str) -> bool:
    words = re.findall(r"[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?", text)
    municipalities = lexicon.entries("municipalities")
    for w in words:
        for candidate in (w, w.split()[0]):
            folded = candidate.casefold()
            if folded in municipalities and folded not in LARGE_MUNICIPALITIES:
                return True
    return False


class QuasiRecognizer(RegexRecognizer):
    ENTITY = "QUASI"
    PATTERNS = (SCHOOL, CLASS, UNIT, LGH)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found = super().hits(text, nlp_artifacts)
        for word in SCHOOL_WORD.finditer(text):
            names = NAMES_BEFORE.search(text, max(0, word.start() - 60), word.start())
            if names:
                found.append(Hit(names.start(), word.end(), 0.6))
        whole = whole_of(nlp_artifacts)  # a piece of a long text: the whole text decides
        if whole is not None and not whole.ages_matter:
            return found  # known before the piece's ages are looked for
        ages = list(AGE.finditer(text))
        if ages and (whole is not None or ages_matter(text)):
            # Age + small municipality + date: together they may point at one person.
            found += [Hit(m.start(), m.end(), 0.5) for m in ages]
        return found

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        return Hit(match.start(), match.end(), 0.6)
