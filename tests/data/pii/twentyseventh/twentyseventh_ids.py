"""Made-up numbers for the twenty-seventh corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported, which builds on the seventh, fifth and fourth), unchanged.

    «pnr STYLE [snr] [bad|maybe] [young|old]»  «phone STYLE»  «iban CC»  «account [plain]»
    «ip [v6]»  «plate [new|flat|lower]»  «org [flat]»  «dob iso|sv|dots|en|slash»
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES, PNR_STYLES, Ids, iban_ok, luhn_digit, luhn_ok

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]
