"""The recognizer registry: one table, each recognizer built once per language."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from mailgate.scan.recognizers.address import AddressRecognizer
from mailgate.scan.recognizers.birthdate import BirthDateRecognizer
from mailgate.scan.recognizers.citation import CitationRecognizer
from mailgate.scan.recognizers.contact import (
    EmailRecognizer,
    IpRecognizer,
    UrlRecognizer,
)
from mailgate.scan.recognizers.finance import BankAccountRecognizer
from mailgate.scan.recognizers.forum import ForumNameRecognizer
from mailgate.scan.recognizers.handle import HandleRecognizer
from mailgate.scan.recognizers.iban import IbanRecognizer
from mailgate.scan.recognizers.idnumber import IdNumberRecognizer
from mailgate.scan.recognizers.nordic import NordicIdRecognizer
from mailgate.scan.recognizers.person import PersonRecognizer
from mailgate.scan.recognizers.phone import PhoneRecognizer
from mailgate.scan.recognizers.plate import PlateRecognizer
from mailgate.scan.recognizers.quasi import QuasiRecognizer
from mailgate.scan.recognizers.spaced import SpacedNameRecognizer

RECOGNIZERS = (
    IdNumberRecognizer,
    NordicIdRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    UrlRecognizer,
    HandleRecognizer,
    ForumNameRecognizer,
    CitationRecognizer,
    SpacedNameRecognizer,
    IpRecognizer,
    IbanRecognizer,
    BankAccountRecognizer,
    PlateRecognizer,
    AddressRecognizer,
    BirthDateRecognizer,
    PersonRecognizer,
    QuasiRecognizer,
)


def build(languages: tuple[str, ...]) -> list[EntityRecognizer]:
    return [cls(language=lang) for lang in languages for cls in RECOGNIZERS]
