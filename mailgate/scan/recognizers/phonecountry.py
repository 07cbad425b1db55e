"""A number written as at home in a country the sentence names just before it: `Pappa i
Polen 601 234 567`, `Norge: 412 34 568`, `Farbror i Bagdad 0770 123 4567`. Kin abroad are
written down so, with no phone word: the country's name is the cue, and only a number valid
in that country's own plan is taken (an amount or a code rarely is, and never one
grouped as that country groups its numbers and named beside it).
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from mailgate.scan.numbercues import ID_NEGATIVE_CUES, NUMBER_LABELS
from mailgate.scan.recognizers.base import Hit, words_before
from mailgate.scan.recognizers.candidates import DASHES, NOT_PHONE, SPACES

# Countries newly arrived writers' kin live in and neighbours, by their Swedish and English
# names, adjectives and largest cities (words no Swedish sentence uses otherwise; not `rom`,
# `island`). A country's phone plan decides whether the digits after it are a number there.
_REGIONS: Final[dict[str, tuple[str, ...]]] = {
    "NO": ("norge", "norway", "norsk", "norska", "norskt", "oslo", "bergen", "trondheim",
           "stavanger", "tromsø", "tromsö", "kristiansand", "drammen", "fredrikstad", "bodø",
           "ålesund", "tønsberg", "lillehammer"),
    "DK": ("danmark", "denmark", "dansk", "danska", "danskt", "köpenhamn", "copenhagen",
           "aarhus", "odense", "aalborg", "esbjerg", "randers", "kolding", "vejle", "roskilde",
           "helsingør", "jylland"),
    "IS": ("isländsk", "isländska", "isländskt", "iceland", "reykjavík", "reykjavik",
           "akureyri"),
    "FI": ("finland", "finsk", "finska", "finskt", "helsingfors", "helsinki", "åbo", "turku",
           "vasa", "tammerfors", "tampere", "uleåborg", "oulu"),
    "PL": ("polen", "poland", "polsk", "polska", "polskt", "warszawa", "warsaw", "gdańsk",
           "gdansk", "kraków", "krakow", "wrocław", "wroclaw", "poznań", "poznan"),
    "GB": ("england", "storbritannien", "britain", "uk", "london", "manchester", "skottland",
           "scotland", "brittisk", "brittiska", "brittiskt"),
    "DE": ("tyskland", "germany", "deutschland", "tysk", "tyska", "tyskt", "berlin", "hamburg",
           "münchen", "munich", "köln", "frankfurt"),
    "IQ": ("irak", "iraq", "irakisk", "irakiska", "irakiskt", "bagdad", "baghdad", "basra",
           "mosul", "erbil", "sulaymaniyah"),
    "SO": ("somalia", "somalisk", "somaliska", "somaliskt", "mogadishu", "hargeisa", "kismayo"),
    "SY": ("syrien", "syria", "syrisk", "syriska", "syriskt", "damaskus", "damascus", "aleppo",
           "homs"),
    "IR": ("iran", "iransk", "iranska", "iranskt", "teheran", "tehran"),
    "TR": ("turkiet", "turkey", "turkisk", "turkiska", "turkiskt", "istanbul", "ankara"),
    "AF": ("afghanistan", "afghansk", "afghanska", "afghanskt", "kabul", "herat"),
    "ER": ("eritrea", "eritreansk", "eritreanska", "asmara"),
    "ET": ("etiopien", "ethiopia", "etiopisk", "etiopiska", "addis"),
    "UA": ("ukraina", "ukraine", "ukrainsk", "ukrainska", "kiev", "kyiv", "charkiv", "lviv"),
    "EE": ("estland", "estonia", "tallinn"),
    "LV": ("lettland", "latvia", "riga"),
    "LT": ("litauen", "lithuania", "vilnius"),
    "RO": ("rumänien", "romania", "bukarest", "bucharest"),
    "BA": ("bosnien", "bosnia", "sarajevo"),
    "RS": ("serbien", "serbia", "belgrad", "belgrade"),
    "HR": ("kroatien", "croatia", "zagreb"),
    "LB": ("libanon", "lebanon", "beirut"),
    "TH": ("thailand", "bangkok"),
    "PK": ("pakistan", "karachi", "lahore"),
}
COUNTRY_WORDS: Final[dict[str, str]] = {w: r for r, words in _REGIONS.items() for w in words}
# The digits after the country's name, in groups (no letters: `A-1234 5678` is a code); a
# lone digit opens no country's grouping (`4 12 34 568 besökare` is a count).
_DIGITS: Final = re.compile(r"\(?\d\d[\d ()-]*\d")
_YEAR_FIRST: Final = re.compile(r"(?:19|20)\d\d\b")
_AMOUNT_AFTER: Final = re.compile(
    r"[ \t]*(?:kr|kronor|sek|eur|euro|usd|nok|dkk|pln|zł|st|ex)\b", re.I)
_NEAR: Final = 3  # the country among the last words before the number


def in_named_country(text: str, start: int, end: int) -> Hit | None:
    """The number at `start:end` when a country named just before it plans it so."""
    before = words_before(text, start, 40)[-_NEAR:]
    region = next((COUNTRY_WORDS[w] for w in reversed(before) if w in COUNTRY_WORDS), None)
    if region is None:
        return None
    raw = DASHES.sub("-", SPACES.sub(" ", text[start:end])).strip()
    if not _DIGITS.fullmatch(raw) or NOT_PHONE.match(raw) or _YEAR_FIRST.match(raw) or (
            _AMOUNT_AFTER.match(text, end) is not None) or any(
            w in NUMBER_LABELS or w in ID_NEGATIVE_CUES for w in before):
        return None
    try:
        number = phonenumbers.parse(raw.replace("(0)", ""), region)
    except phonenumbers.NumberParseException:
        return None
    return Hit(start, end, 0.8) if phonenumbers.is_valid_number(number) else None
