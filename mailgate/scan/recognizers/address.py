"""Street addresses, `c/o`, postcodes with town, post boxes; a flat's number with its street.

A flat's number alone (`lgh 1102`, `grannen i lägenhet 1204`) names no street: quasi.py
warns of it instead."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from typing import Any, Final

from mailgate.scan import lexicon, names
from mailgate.scan.cues import LOCKERS, RESIDENCE_CUES
from mailgate.scan.endings import Endings
from mailgate.scan.numbercues import COUNTED
from mailgate.scan.recognizers.addressabroad import ABROAD_PATTERNS, ENGLISH_STREET
from mailgate.scan.recognizers.base import Hit, RegexRecognizer, has_cue, words_before
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.homecued import cued_homes
from mailgate.scan.recognizers.hometown import town_end
from mailgate.scan.recognizers.leading import Prefiltered, Scanner, fast
from mailgate.scan.recognizers.linestyles import words_of
from mailgate.scan.recognizers.lowered import lower_text
from mailgate.scan.recognizers.workplace import drop_organisations, named_street_alone

# Street-name endings. `plan` and `led` are left out: `vårdplan 2`, `Bohusleden` are not homes.
_SUFFIX: Final = (
    r"(?:gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backe|backen|allé|allén|alle|allen"
    r"|torg|torget|platsen|kajen|gången|liden|slingan|svängen|ringen|esplanaden|promenaden"
    r"|hagen|höjden|branten|kroken|udden|terrassen|parkvägen|strand|stranden"
    # as a phone or a foreign keyboard types them: Backavagen, Skolgangen
    r"|vagen|vag|granden|gangen|svangen|hojden)"
)
_PREFIX = (r"(?:(?:norra|södra|östra|västra|stora|lilla|gamla|nya|övre|nedre|sankt|s:t|första"
           r"|andra|tredje|fjärde|femte|sodra|ostra|vastra|ovre)\s)?")
# "Karl Johans gata", "Drottning Kristinas väg": capitalised names, then a lone street word.
# Also split by mistake (`Hjällbo torget 4`), and a suburb's centre (`Bäckby centrum 12`).
_NAMED: Final = (
    r"(?:[A-ZÅÄÖ][a-zåäöéü]+s?\s){1,2}(?:gata|gatan|väg|vägen|gränd|gränden|[aA]llé|allén|torg"
    r"|[tT]orget|backe|backen|stig|stigen|centrum|plats|platsen)"
)
_DIRECTED: Final = (
    r"(?i:(?:norra|södra|östra|västra|stora|lilla|gamla|nya|övre|nedre|sodra|ostra|vastra|ovre)"
    r"\s(?:gatan|gata|vägen|väg|allén|torget|torg|backen|stigen|gränd|plats|platsen|promenaden"
    r"|esplanaden|kajen|vagen))"
)
# One letter before the ending is enough for Åvägen, Ågatan.
# A given name before a genitive street compound: `Birger Jarlsgatan`, `Erik Dahlbergsgatan`
# (streets() keeps it only when the first word is a listed given name, not `På Kungsgatan`).
_GIVEN: Final = (
    r"(?P<given>[A-ZÅÄÖ][a-zåäöé]+)\s[A-ZÅÄÖ][a-zåäöé]+s(?:gatan|gata|vägen|väg|gränd|gränden"
    r"|torg|torget|backe|backen|stigen|allé|allén|platsen)"
)
_STREET: Final = rf"(?:{_NAMED}|{_DIRECTED}|(?i:{_PREFIX}[a-zåäöéü]{{1,}}{_SUFFIX})|{_GIVEN})"
# A house number in words, as speech-to-text writes it (`Ekbacksvägen tjugo`); not `en`, `ett`
# nor `sex`, which are also words there (`bodde på Storgatan en tid`).
_SPOKEN: Final = (r"(?i:(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)"
                  r"(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?|två|tre|fyra|fem|sju|åtta"
                  r"|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton)(?![\w])")
_NUMBER: Final = (r"(?:\d{1,4}(?:(?:[A-Za-z]|\s[A-Z])(?![\w]))?(?:\s?[-–]\s?\d{1,4})?|"
                  + _SPOKEN + ")")
_LGH: Final = r"(?:,?\s*(?:lgh|lägenhet|lägenhetsnummer|lgh\.?\s?nr)\.?\s?(?:nr\.?\s?)?\d{4})"
_FLOOR: Final = r"(?:,?\s*(?:\d\s?tr\.?|tr\.?\s?\d|\d\s?(?:trappor|trappa)|uppgång\s[A-Z]))"
_TOWN: Final = r"[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+)"  # Malmö or MALMÖ
# The town on the postcode's line: `08-465 004 11⏎Stort tack` is a phone and a new line.
_POSTCODE: Final = rf"(?:(?:SE-?)?\d{{3}}\s?\d{{2}}[ \t]+{_TOWN}(?:[ -]{_TOWN})?)"

# A number opening the next line as a list's item (`1. Karlavägen⏎2. Budgeten`) is no house's.
_NEXT_ITEM: Final = r"\n\d{1,3}[.)][ \t]"
STREET_WITH_NUMBER: Final = re.compile(
    rf"(?<![\w]){_STREET}(?!{_NEXT_ITEM})(?:\s(?:nr\.?\s|nummer\s)?|(?=\d)){_NUMBER}{_FLOOR}?{_LGH}?{_FLOOR}?(?:,?\s*{_POSTCODE})?"
    rf"(?<!(?:19|20)\d\d-\d\d)"  # Tallbacken 2026-04: a case's year and month
    rf"(?!\s?{COUNTED}"
    r"|[-–]?\d|[:.]\d\d|/\d\d?(?!\d))"  # Brf Tallbacken 2026-10-05: a date, no house number;
    # nor is `torg 06:30` (a time) or `Rinkebyhallen 4/11` (a day)
)
STREET_ALONE: Final = re.compile(rf"(?<![\w]){_STREET}(?![\w])")
LGH: Final = re.compile(
    r"(?<![\w])(?i:lgh|lägenhet|lägenhetsnummer|lgh\.?\s?nr)\.?\s?(?:nr\.?\s?)?\d{4}\b"
)
# Not the end of a longer number: `08-465 004 11`, `dnr KS 2026/01177`.
POSTCODE: Final = re.compile(rf"(?<![\w/-])(?<!\d )(?<!\d\t){_POSTCODE}")
# Where a postcode can start: `SE` or a digit after the guard, five digits and a capital.
# POSTCODE's first item is optional, so `re` tried it at every character. Led by a class
# of both first characters, so `re` skips to one (a branch of them hid it: a third slower).
POSTCODES: Final = Prefiltered(
    POSTCODE, r"[S\d](?<![\w-](?s:.))(?:(?<=S)E-?\d|(?<=\d))\d\d\s?\d\d\s+[A-ZÅÄÖ]")


class _Kept:
    """A scanner whose matches in the text it last scanned (in this thread) are kept: the
    postcodes are wanted twice per text (as addresses, and after a street and number)."""

    def __init__(self, scanner: Scanner) -> None:
        self.scanner = scanner
        self._last = threading.local()

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        last = self._last
        if getattr(last, "text", None) is not text:
            last.matches = list(self.scanner.finditer(text))
            last.text = text
        matches: list[re.Match[str]] = last.matches
        return iter(matches)


KEPT_POSTCODES: Final = _Kept(POSTCODES)
CARE_OF: Final = fast(re.compile(r"(?<![\w])[cC]/[oO]:?\s+(?:[A-ZÅÄÖ][\w-]+\s?){1,3}"))
BOX: Final = fast(re.compile(r"(?<![\w])Box\s\d{1,5}\b"))
_LETTER: Final = re.compile(r"[^\W\d_]")
_ENDINGS: Final = (*_SUFFIX.strip("(?:)").split("|"), "plats", "centrum")
_STREET_ENDING: Final = Endings(_ENDINGS)  # a lower-cased word ends as a street's name


def _word_starts(text: str, pos: int, words: int = 3) -> list[int]:
    """Starts of the word around `pos` and of up to two words before it, earliest first."""
    starts: list[int] = []
    i = pos
    for _ in range(words):
        while i > 0 and (text[i - 1].isalpha() or text[i - 1] == ":"):
            i -= 1
        starts.append(i)
        j = i
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j == i or j == 0 or not text[j - 1].isalpha():
            break
        i = j
    return starts[::-1]


def streets(text: str) -> list[tuple[re.Match[str], bool]]:
    """Street names found from their endings; True when a house number follows."""
    found: list[tuple[re.Match[str], bool]] = []
    named = [w for w in words_of(text) if _STREET_ENDING.of(w.lower())]  # linestyles' words
    if not named:  # no word ends as a street's name (asked of distinct words)
        return found
    last_end = -1
    for hit_start, hit_end in _whole_words(text, named):
        if hit_start < last_end:
            continue
        for start in _word_starts(text, hit_start):
            for pattern, numbered in ((STREET_WITH_NUMBER, True), (STREET_ALONE, False)):
                m = pattern.match(text, start)
                if m and m.end() >= hit_end and _a_street(m, numbered):
                    found.append((m, numbered))
                    last_end = m.end()
                    break
            else:
                continue
            break
    return found


def _whole_words(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where `words` stand whole (no letter beside), in order: by `str.find`, not `_WORD`."""
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            if not ((at and _LETTER.match(text, at - 1)) or _LETTER.match(text, at + len(word))):
                spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    return sorted(spans)


# A road's class and number is no one's address: `riksväg 40`, `länsväg 225`, `väg 73` (a
# street is named in its definite form: `Riksvägen 12`).
_ROADS: Final = frozenset({"riksväg", "länsväg", "europaväg", "motorväg", "väg", "riksvei",
                           "fylkesvei", "landevej", "kantatie", "valtatie"})


def _a_street(match: re.Match[str], numbered: bool) -> bool:
    """`Bäckby centrum 12` is a home; `Bäckby centrum` alone is a district's square."""
    if match.group().split(maxsplit=1)[0].casefold() in _ROADS:
        return False
    given = match.group("given")
    if given and not names.lookup(given, frozenset()).first:
        return False
    return numbered or not match.group().endswith("centrum")


# Squares named `…plan` with a number (Hamnplan 26, Stureplan 4) after a word of place:
# `vårdplan 2`, `Plan 3` are not homes, so only a capitalised compound after `till`, `på`…
# (A text without `plan`, nearly all, is passed over by str.find, not tried at each capital.)
PLAN: Final = Gated(fast(re.compile(
    r"(?<![\w])[A-ZÅÄÖ][a-zåäö]{2,}plan\s\d{1,3}(?:\s?[A-Z](?![\w]))?(?![\w])")), "plan")
_PLAN_CUES: Final = frozenset({"till", "på", "vid", "bor", "från", "utanför", "mot", "adress",
                               "hos", "adressen", "to", "at"})


# A street and number right before a postcode and town, whatever the street's ending:
# `Hamnplan 23A, 722 14 Västerås`, `Ringstraße 14, 50667 Köln`, `Hämeenkatu 9 B 12, 20500 Turku`.
_STREET_BEFORE: Final = re.compile(
    r"(?<![\w])[A-ZÅÄÖ][^\W\d_][\w'-]+(?: [A-ZÅÄÖ][\w'-]+)? \d{1,4}(?: ?[A-Za-z])?"
    r"(?: \d{1,3})?, ?$")


def _before_postcodes(text: str) -> list[Hit]:
    out = []
    for code in KEPT_POSTCODES.finditer(text):
        street = _STREET_BEFORE.search(text, max(0, code.start() - 60), code.start())
        if street is not None:
            out.append(Hit(street.start(), code.end(), 0.9))
    return out


def _flats_beside(found: list[Hit], text: str) -> list[Hit]:
    """A flat's number right after a street or before a postcode is part of the address:
    `Hamnplan 14 lgh 1002, 374 31 Karlshamn`."""
    if not found:
        return []
    out = []
    for flat in LGH.finditer(text):
        if any(0 <= flat.start() - h.end <= _BESIDE or 0 <= h.start - flat.end() <= _BESIDE
               for h in found):
            out.append(Hit(flat.start(), flat.end(), 0.85))
    return out


_BESIDE: Final = 3  # characters between a flat's number and the rest of its address: `, `

# How an address ends before its town: a house or flat number, an English street word.
_BEFORE_TOWN: Final = re.compile(rf"(?:\d(?:\s?[A-Za-z])?|\btr\.?|trappor|{ENGLISH_STREET})$")


def _with_town(hit: Hit, text: str) -> Hit:
    if _BEFORE_TOWN.search(text, hit.start, hit.end) is None:
        return hit
    return Hit(hit.start, town_end(text, hit.end), hit.score)


class AddressRecognizer(RegexRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (KEPT_POSTCODES, CARE_OF, BOX, *ABROAD_PATTERNS)
    CONTEXT = ("adress", "bor", "bostad", "address")

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found = super().hits(text, nlp_artifacts) + _before_postcodes(text)
        found += cued_homes(text, lower_text(text))
        found += _flats_beside(found, text)
        for match in PLAN.finditer(text):
            before = words_before(text, match.start(), 20)
            if before and before[-1] in _PLAN_CUES:
                found.append(Hit(match.start(), match.end(), 0.75))
        for match, numbered in streets(text):
            if match.group().casefold() in lexicon.entries("agencies"):
                continue  # Riddargatan 1 is a clinic's name
            if numbered and named_street_alone(match, text):
                continue  # sandlådan vid Evert Taubes gata 14: a place in town, not a home
            if numbered:
                found.append(self.judge(match, text) or Hit(match.start(), match.end(), 0.85))
            elif has_cue(words_before(text, match.start(), 40), RESIDENCE_CUES, last=2):
                # A street with no number is an address only when someone lives there.
                found.append(Hit(match.start(), match.end(), 0.7))
        return [_with_town(hit, text) for hit in drop_organisations(text, found)]

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        if match.re is BOX and has_cue(words_before(text, match.start(), 20), LOCKERS, last=1):
            return None  # `paketskåp Box 4471`: a parcel locker's box, no one's address
        return Hit(match.start(), match.start() + len(match.group().rstrip(" ,")), 0.85)
