"""A plate in a log's row with a measure after it: a patrol's speed check (`NKH 904 112 km/h`),
a breath test (`ABC 123 0,21 mg/l`), a weighing (`LKT 417 52 ton`), a car park's fee
(`LKT 417 100 kr`), a count of passengers (`ABC 123 2 pers`), the owner's personnummer
(`ABC 123 850412-1231`).

plate.py reads digits after a plate's shape as a longer code's next group (`Biljettnr TKT
7718 2290 41`, `ERR 404 2026-12-04`). A number with a unit after it is no code's group but the
row's next column, so the shape before it is judged as if nothing followed. Asked only when
digits follow a plate's shape (plate.py's `_MORE_DIGITS`), so ordinary text pays nothing.
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.idshapes import PATTERN as ID_NUMBER

# A number (perhaps with decimals) and a unit of speed, weight, money, volume, alcohol or
# count: what a log of vehicles measures. A unit ends its word (`kr`, not `kronologisk`); `t`
# is a ton only alone (`52 t`).
_MEASURE_AFTER: Final = re.compile(
    r"[ \t]\d{1,6}(?:[,.]\d{1,3})?[ \t]?"
    r"(km/h|kmh|km/t|mph|ton|t|kg|kr|sek|l|liter|mg/l|promille|‰|pers|personer|passagerare"
    r"|st|%)(?![^\W\d_])", re.IGNORECASE)
# Only a vehicle's measures vouch for a plate no cue names: a speed, a breath test, a weight
# in tons, a count of passengers. A price or a count of items after a code is an article's
# row (`Artikel BRT 482 149 kr, KLM 120 89 kr`).
_A_VEHICLES: Final = frozenset({"km/h", "kmh", "km/t", "mph", "ton", "t", "mg/l", "promille",
                                "‰", "pers", "personer", "passagerare"})



def measured_after(text: str, end: int, cued: bool) -> bool:
    """A measure with its unit right after the plate's shape ending at `end`: the row's next
    column, no code's next group (`NKH 904 112 km/h`; `TKT 7718 2290 41` stays a code). Any
    unit after a vehicle's cue; without one only a vehicle's."""
    found = _MEASURE_AFTER.match(text, end)
    if found is None:  # a register's row: the plate, then its owner's personnummer
        owner = ID_NUMBER.match(text, end + 1) if text[end : end + 1] in (" ", "\t") else None
        return owner is not None and owner.group("sep") is not None  # 850412-1231, no code
    return cued or found.group(1).lower() in _A_VEHICLES
