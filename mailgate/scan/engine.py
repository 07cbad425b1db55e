"""The Presidio engine, built explicitly once per process, and `scan()`.

Never `AnalyzerEngine()` with defaults: it downloads an English spaCy model. The engine is
built lazily under a lock, so worker threads may call scan() at once; Presidio's analyze()
keeps no state between calls.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Final

# tldextract (imported by Presidio's predefined recognizers) would fetch the public suffix
# list over the network; an empty URL list keeps it offline.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from mailgate.scan import chunks, recognizers, repair, results
from mailgate.scan.context_words import SelectiveContextEnhancer
from mailgate.scan.finding import Finding, made
from mailgate.scan.honorifics import with_titles
from mailgate.scan.language import detect
from mailgate.scan.nlp import LANGUAGES, BlankNlpEngine
from mailgate.scan.resolve import resolve
from mailgate.scan.whole import Whole, attach
from mailgate.scan.wholename import widened

# Presidio logs "Fetching all recognizers" at INFO on every call, and at DEBUG the words
# around each match: keep it to warnings so no report text reaches the service's logs.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)

# Below this a result is dropped; context words can lift a weak match above it.
SCORE_THRESHOLD: Final = 0.4

_lock: Final = threading.Lock()
_engine: AnalyzerEngine | None = None


class _Engine(AnalyzerEngine):
    """Presidio's engine, without a pass that changes nothing for our recognizers."""

    def _enhance_using_context(
        self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer], context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        # Presidio first offers each recognizer its own results, sorting every result once
        # per recognizer (13 passes over 3,000 results per piece of a dense text). None of
        # ours overrides that hook, so only the context words remain.
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context
               for r in recognizers):
            return super()._enhance_using_context(
                text, raw_results, nlp_artifacts, recognizers, context)
        return self.context_aware_enhancer.enhance_using_context(
            text=text, raw_results=raw_results, nlp_artifacts=nlp_artifacts,
            recognizers=recognizers, context=context,
        )


def build_engine() -> AnalyzerEngine:
    registry = RecognizerRegistry(
        recognizers=recognizers.build(LANGUAGES), supported_languages=list(LANGUAGES)
    )
    return _Engine(
        registry=registry,
        nlp_engine=BlankNlpEngine(LANGUAGES),
        supported_languages=list(LANGUAGES),
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=SelectiveContextEnhancer(),
    )


def engine() -> AnalyzerEngine:
    """The process's engine, built on first use."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = build_engine()
    return _engine


def scan(text: str) -> list[Finding]:
    """Every stretch of `text` that may identify a person, sorted by start.

    A long text is scanned in overlapping pieces (chunks.py) with the same findings, so time
    and memory grow in step with its length.
    """
    if not text.strip():
        return []
    view = repair.repaired(text)
    if view is None:
        return _scan(text)
    # entities, mis-decoded UTF-8 and OCR's zeros read as typed, the findings put back
    return [made(f.type, start, end, f.score, f.recognizer, text[start:end])
            for f in _scan(view.text)
            for start, end in ((view.start(f.start), view.end(f.end)),)]


def _scan(text: str) -> list[Finding]:
    language = detect(text)
    if not chunks.is_long(text):
        return with_titles(text, widened(text, resolve(analyze(text, language))))
    return with_titles(text, widened(text, resolve(
        chunks.scan_long(text, lambda piece, whole: analyze(piece, language, whole)))))


class _Rounded(dict[float, float]):
    """Each score rounded to three decimals, once per distinct score."""

    def __missing__(self, score: float) -> float:
        self[score] = value = round(float(score), 3)
        return value


def analyze(text: str, language: str, whole: Whole | None = None) -> list[Finding]:
    """Presidio's results for `text` (a whole text, or a piece of one) as findings; for a
    piece only those that start in its core (the chunk scanner keeps no others), placed in
    the whole text (`Whole.offset`)."""
    artifacts = None
    lo, hi, at = 0, len(text), 0
    if whole is not None:
        artifacts = engine().nlp_engine.process_text(text, language)
        attach(artifacts, whole)
        (lo, hi), at = whole.core, whole.offset
    the_engine = engine()
    if results.applies(the_engine, language):
        rounded = _Rounded()  # a text's findings have a handful of scores
        return [made(kind, start + at, end + at, rounded[score], name, text[start:end])
                for kind, start, end, score, name in results.run(
                    the_engine, text, language, artifacts, SCORE_THRESHOLD)
                if lo <= start < hi]
    found = the_engine.analyze(text=text, language=language, nlp_artifacts=artifacts)
    return [
        Finding(
            type=r.entity_type,
            start=r.start + at,
            end=r.end + at,
            score=round(float(r.score), 3),
            recognizer=str(r.recognition_metadata.get("recognizer_name", "")),
            text=text[r.start : r.end],
        )
        for r in found
        if lo <= r.start < hi
    ]
