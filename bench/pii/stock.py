"""Presidio's stock recognizers on the same corpus, for comparison (`run.py --stock`).

Built explicitly too (no model download): the predefined English recognizers on our blank
tokenizer, so the spaCy NER behind their PERSON finds nothing, as it would with no model.
"""

from __future__ import annotations

import os

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from mailgate.scan import Finding
from mailgate.scan.nlp import BlankNlpEngine

# Presidio's entity names, in ours.
TYPES = {
    "PERSON": "PERSON", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "IP_ADDRESS": "IP",
    "IBAN_CODE": "IBAN", "URL": "URL", "DATE_TIME": "DATE_OF_BIRTH", "LOCATION": "ADDRESS",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
}


def stock_scanner() -> object:
    nlp = BlankNlpEngine(("en",))
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp)
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])

    def scan(text: str) -> list[Finding]:
        return [
            Finding(TYPES.get(r.entity_type, r.entity_type), r.start, r.end, r.score, "stock",
                    text[r.start : r.end])
            for r in engine.analyze(text=text, language="en")
        ]

    return scan
