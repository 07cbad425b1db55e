"""Made-up numbers for the thirty-first corpus: the thirtieth corpus's generator
(`../thirtieth/thirtieth_ids.py`, imported, which builds on the eighth, seventh, fifth and
fourth), unchanged; the tokens are its own.

    «pnr STYLE [snr] [bad|maybe] [young|old]»  «phone STYLE»  «iban CC»
    «account [plain]»  «ip [v6]»  «plate [new|flat|lower|no|dk|fi|de|pl]»  «org [flat]»
    «dob iso|sv|dots|en|slash»

A control room's log shows IP addresses: `«ip»` gives one from the documentation ranges
(RFC 5737, RFC 3849). No value is typed by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "thirtieth"), str(HERE.parent / "eighth")]

from thirtieth_ids import PHONE_STYLES, PNR_STYLES, Ids, iban_ok, luhn_digit, luhn_ok  # noqa: E402

__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "iban_ok", "luhn_digit", "luhn_ok"]
