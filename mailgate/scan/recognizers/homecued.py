"""Homes that only an address cue marks (`bor`, `adress:`, `hemadress`, `lives`): a village's
or a block's name and a number (`bor i Lillby 312`, `adressen är Hagaparken 3`), and a street
abbreviated as an envelope shortens it (`Kungsg. 5`, `Sveav. 101`). Without the cue these are
a bus line, a page or a sentence's last word before a count, so the cue is required."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan import names
from mailgate.scan.cues import RESIDENCE_CUES
from mailgate.scan.numbercues import COUNTED
from mailgate.scan.recognizers.base import Hit, has_cue, words_before
from mailgate.scan.recognizers.gated import Gated
from mailgate.scan.recognizers.leading import Scanner, fast

_NAME: Final = r"[A-ZÅÄÖ][a-zåäöé]{2,}(?:[ -][A-ZÅÄÖ][a-zåäöé]{2,})?"
# A number as a house's: not a date's, a time's or a longer number's start.
_HOUSE: Final = rf"\d{{1,4}}(?:\s?[A-Z](?![\w]))?(?![\w]|[-.:/,]\w|\s?{COUNTED})"
VILLAGE: Final = fast(re.compile(
    rf"(?<![\w])(?P<name>{_NAME})\s(?:nr\.?\s|nummer\s)?{_HOUSE}"))
# `Kungsg. 5`, `Sveav. 101`, `Hornsg.12`: gatan and vägen shortened, with their dot
# (without it `Avdelning 5` would be one).
ABBREVIATED: Final = fast(re.compile(
    rf"(?<![\w])[A-ZÅÄÖ][a-zåäö]{{2,}}(?:g|v|vg)\.\s?{_HOUSE}"))
# Its shortened word's `g.` or `v.` looked for by str.find first: most texts have neither.
_ABBREVIATIONS: Final = Gated(ABBREVIATED, r"g\.|v\.")
_CUE_WORDS: Final = 4  # `bor i huset på Skogsbrynet 11`: the cue three words back

# Substrings one of the cues holds, so a text without any is passed over at once.
_QUICK: Final = ("bor", "adress", "bostad", "folkbokf", "hemma", "skriven", "flytta", "lägenhet",
                 "lives", "living", "address", "resides", "home")


def cued_homes(text: str, lowered: str) -> list[Hit]:
    """Homes after an address cue; `lowered` is `text` in lower case (a cue must be in it)."""
    if not any(cue in lowered for cue in _QUICK):
        return []
    out = []
    patterns: tuple[Scanner, ...] = (_ABBREVIATIONS, VILLAGE)
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not _cued(text, match.start()):
                continue
            if pattern is VILLAGE and not (_a_village(match.group("name"))
                                           and _cued(text, match.start(), last=2)):
                continue
            out.append(Hit(match.start(), match.end(), 0.75))
    return out


def _cued(text: str, start: int, last: int = _CUE_WORDS) -> bool:
    """A residence cue in the same sentence, a few words before: `hemma. Ärende 5000` is not."""
    window = max(0, start - 40)
    for mark in (". ", "\n", "! ", "? "):
        window = max(window, text.rfind(mark, window, start) + 1)
    return has_cue(words_before(text, start, start - window), RESIDENCE_CUES, last=last)


# Words before a number that name a part of a building, a ward or a line, not a place.
_PARTS: Final = frozenset({
    "hus", "huset", "plan", "rum", "rummet", "port", "porten", "våning", "trappa", "trappor",
    "lägenhet", "lgh", "avdelning", "avd", "sal", "sida", "kapitel", "linje", "buss", "spår",
    "vecka", "kvarter", "block", "korridor", "säng", "cell", "paviljong", "hotell", "hostel",
    "room", "flat", "apartment", "floor", "house", "unit", "ward", "bus", "line",
})


# How Swedish names its villages, farms and blocks end (Lillby, Smedbyn, Skogsbrynet, Ekhagen):
# a capitalised word with none of them (`Samtal 3`, `Version 2`, `Covid 19`) is no place.
PLACE_ENDINGS: Final = (
    "by", "byn", "sta", "inge", "torp", "torpet", "berg", "berget", "holm", "holmen", "vik",
    "viken", "näs", "näset", "ås", "åsen", "hult", "bo", "boda", "köping", "parken", "backen",
    "brynet", "gården", "gård", "lund", "lunden", "ängen", "äng", "hagen", "hage", "dal",
    "dalen", "ryd", "red", "fors", "forsen", "sjö", "sjön", "träsk", "kulla", "tuna", "löv",
    "hammar", "åker", "mark", "marken", "stad", "staden", "ö", "ön", "udden", "höjden",
    "kärr", "mossen", "skogen", "slätt", "slätten", "tofta", "stugan", "bruk", "bruket",
)


def _a_village(name: str) -> bool:
    """A place no list holds, named as places are: not a listed town (said with `i`, it is
    where), not a given name (`bor hos Anna 3 nätter`), not a building's part nor a thing."""
    first = name.split()[0].split("-")[0]
    folded = name.casefold()
    if not folded.endswith(PLACE_ENDINGS) or first.casefold() in _PARTS:
        return False
    if names.is_place(folded) or names.is_place(first.casefold()):
        return False
    info = names.lookup(first, frozenset())
    return not (info.first or info.negative)
