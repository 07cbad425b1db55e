"""The value the scanner returns: one stretch of text that may identify a person."""

from __future__ import annotations

from dataclasses import dataclass

# Swedish placeholders used in publishable text, by finding type.
PLACEHOLDERS: dict[str, str] = {
    "ID_NUMBER": "PERSONNUMMER",
    "PHONE": "TELEFON",
    "EMAIL": "E-POST",
    "URL": "LÄNK",
    "IP": "IP-ADRESS",
    "IBAN": "KONTO",
    "BANK_ACCOUNT": "KONTO",
    "PLATE": "REGNR",
    "ADDRESS": "ADRESS",
    "DATE_OF_BIRTH": "FÖDELSEDATUM",
    "PERSON": "NAMN",
}

# Types that warn the moderator but are never masked.
WARNING_TYPES = frozenset({"QUASI"})


@dataclass(frozen=True, slots=True)
class Finding:
    type: str
    start: int
    end: int
    score: float
    recognizer: str
    text: str

    @property
    def placeholder(self) -> str:
        return PLACEHOLDERS.get(self.type, "UPPGIFT")



_new = object.__new__
_set_type, _set_start, _set_end, _set_score, _set_recognizer, _set_text = (
    Finding.__dict__[name].__set__
    for name in ("type", "start", "end", "score", "recognizer", "text"))


def made(type: str, start: int, end: int, score: float, recognizer: str, text: str) -> Finding:
    """`Finding(type, start, end, score, recognizer, text)` with its slots set directly: the
    frozen dataclass sets each through object.__setattr__, twice as slow (a dense MB has
    55 000 findings). tests/scan/test_results.py compares."""
    finding = _new(Finding)
    _set_type(finding, type)
    _set_start(finding, start)
    _set_end(finding, end)
    _set_score(finding, score)
    _set_recognizer(finding, recognizer)
    _set_text(finding, text)
    return finding
