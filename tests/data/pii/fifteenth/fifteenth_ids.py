"""Made-up numbers for the fifteenth corpus: the eighth corpus's generator
(`../eighth/eighth_ids.py`, imported), plus the shapes numbers take after a machine has read,
heard or converted them. Every digit survives, so a personnummer stays date-valid and its check
digit right or wrong as asked; only what lies between the digits is mangled.

    «pnr ocrsp»    `8504 12-12 34`         OCR splitting a scanned number at odd places
    «pnr ocrdot»   `850412.1234`           OCR reading the hyphen as a dot
    «pnr ocrtilde» `850412~1234`           OCR reading the hyphen as a tilde
    «pnr stt»      `85 04 12 12 34`        speech-to-text writing the number read out in pairs
    «pnr pdfnl»    `19850412-\n1234`       PDF-to-text breaking the line after the hyphen
    «pnr spaced»   `8 5 0 4 1 2 - 1 2 3 4` letter-spaced fax OCR
    «pnr under»    `19850412_1234`         a form field exported with an underscore
    «phone words»  `noll sju noll ett sju fyra noll sex fyra tre`  speech-to-text in words
    «phone wordsen» `zero seven zero one seven four zero six four three`
    «phone ocr»    `O7O-l74 O6 43`         OCR reading 0 as O and 1 as l
    «phone stt»    `0701 74 06 43`         speech-to-text grouping the digits as heard
    «phone spaced» `0 7 0 - 1 7 4 0 6 4 3` letter-spaced fax OCR
`as_written(text)` turns such a phone or e-mail back into what the machine heard or read
(`anna at example dot com` -> `anna@example.com`), for the data checks.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eighth"))

from eighth_ids import PHONE_STYLES as EIGHTH_PHONES
from eighth_ids import PNR_STYLES as EIGHTH_PNR
from eighth_ids import Ids as EighthIds
from eighth_ids import iban_ok, luhn_digit, luhn_ok

EXTRA_PNR = ("ocrsp", "ocrdot", "ocrtilde", "stt", "pdfnl", "spaced", "under")
EXTRA_PHONES = ("words", "wordsen", "ocr", "stt", "spaced")
PNR_STYLES = EIGHTH_PNR + EXTRA_PNR
PHONE_STYLES = EIGHTH_PHONES + EXTRA_PHONES
SV_DIGITS = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
HEARD = {**{w: str(i) for i, w in enumerate(SV_DIGITS)}, **{w: str(i) for i, w in
         enumerate(EN_DIGITS)}, "oh": "0"}
MISREAD = str.maketrans("OolI", "0011")
__all__ = ["PHONE_STYLES", "PNR_STYLES", "Ids", "as_written", "iban_ok", "luhn_digit", "luhn_ok"]


def as_written(text: str) -> str:
    """A spoken or OCR'd phone or e-mail as the machine meant it: digit words and misread
    letters to digits, ` at ` and ` dot ` to `@` and `.`, spaces dropped."""
    text = re.sub(r"\s*[\[(]?\b(at|snabel-a)\b[\])]?\s*", "@", text)
    text = re.sub(r"\s*[\[(]?\b(dot|punkt)\b[\])]?\s*", ".", text)
    if "@" in text:
        return text.replace(" ", "")
    heard = "".join(HEARD.get(tok, tok) for tok in re.split(r"(\w+)", text))
    return heard.translate(MISREAD) if re.fullmatch(r"[\dOolI\s()+.-]+", heard) else heard


class Ids(EighthIds):
    def pnr(self, args: list[str]) -> str:
        style = next((a for a in args if a in EXTRA_PNR), None)
        if style is None:
            return super().pnr(args)
        twelve = super().pnr(["12-", *[a for a in args if a not in EXTRA_PNR]])
        date, serial = twelve.split("-")
        ten = date[2:]
        return {"ocrsp": f"{ten[:4]} {ten[4:]}-{serial[:2]} {serial[2:]}",
                "ocrdot": f"{ten}.{serial}", "ocrtilde": f"{ten}~{serial}",
                "stt": f"{ten[:2]} {ten[2:4]} {ten[4:]} {serial[:2]} {serial[2:]}",
                "pdfnl": f"{date}-\n{serial}", "spaced": f"{' '.join(ten)} - {' '.join(serial)}",
                "under": f"{date}_{serial}"}[style]

    def phone(self, args: list[str]) -> str:
        style = args[0] if args else "mob"
        if style not in EXTRA_PHONES:
            return super().phone(args)
        digits = f"07017406{self.rng.randint(5, 99):02d}"  # the PTS test mobiles 05..99
        if style in ("words", "wordsen"):
            names = SV_DIGITS if style == "words" else EN_DIGITS
            return " ".join(names[int(d)] for d in digits)
        if style == "ocr":
            return f"{digits[:3]}-{digits[3:6]} {digits[6:8]} {digits[8:]}".translate(
                str.maketrans("01", "Ol"))
        if style == "stt":
            return f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}"
        return f"{' '.join(digits[:3])} - {' '.join(digits[3:])}"
