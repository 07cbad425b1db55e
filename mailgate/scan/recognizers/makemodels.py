"""A car's make and a model named like a person, where the vehicle is named around it:
`Fordon: Mercedes Marco Polo, RNH 80E`, `husbilen Fiat Ducato Maxi`, `Hyrbil: VW Grand
California`.

namesakes.saint_or_model reads a make and a model's word (`Mercedes Vito`), but a make, a
given name and a surname stay someone (`Mercedes Lina Berg`, `Kona Randi Haugen`). A
vehicle's word right before the run (`Fordon:`, `husbilen`, `Car:`) makes it the car; so does
a plate right after it, unless the make is also a given name (`Mercedes García, ABC 123` may
be an owner's line).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.beside import PLATE_TOKEN
from mailgate.scan.recognizers.words import QUOTES, Tok
from mailgate.scan.thingcues import CAR_BRANDS

# Words for a vehicle that name the make and model after them.
VEHICLE_WORDS: Final = frozenset({
    "fordon", "fordonet", "bil", "bilen", "husbil", "husbilen", "hyrbil", "hyrbilen",
    "tjänstebil", "tjänstebilen", "firmabil", "firmabilen", "lånebil", "lånebilen", "skåpbil",
    "skåpbilen", "minibuss", "minibussen", "bilmodell", "bilmodellen", "vehicle", "car", "van",
    "camper", "campervan", "motorhome", "kjøretøy", "ajoneuvo", "fahrzeug",
})
_PLATE_LETTERS: Final = re.compile(r"^[A-ZÅÄÖ]{3}$")
_PLATE_DIGITS: Final = re.compile(r"^\d{2}[\dA-Z]$")
_BETWEEN: Final = frozenset({",", "(", "–", "-", "—"})
_LABEL_MARKS: Final = frozenset({":", "="}) | QUOTES


def a_named_model(run: list[Tok], toks: list[Tok]) -> bool:
    """`Mercedes Marco Polo` after `Fordon:` or before `, RNH 80E`: a make and its model."""
    if len(run) > 2 and run[0].folded in VEHICLE_WORDS:
        return run[1].folded in CAR_BRANDS  # Husbilen Mercedes James Cook opens a sentence
    if len(run) < 2 or run[0].folded not in CAR_BRANDS:
        return False
    i = run[0].index - 1
    while i >= 0 and toks[i].text in _LABEL_MARKS:
        i -= 1
    if i >= 0 and toks[i].folded in VEHICLE_WORDS:
        return True  # Fordon: Mercedes Marco Polo; husbilen Fiat Ducato
    return not run[0].info.first and _a_plate_at(run[-1].index + 1, toks)


def _a_plate_at(k: int, toks: list[Tok]) -> bool:
    if k < len(toks) and toks[k].text in _BETWEEN:
        k += 1
    if k >= len(toks):
        return False
    if PLATE_TOKEN.match(toks[k].text):
        return True
    return bool(_PLATE_LETTERS.match(toks[k].text)) and k + 1 < len(toks) and bool(
        _PLATE_DIGITS.match(toks[k + 1].text))
