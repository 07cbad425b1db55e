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
