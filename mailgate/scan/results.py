"""Presidio's AnalyzerEngine.analyze for our recognizers, on plain tuples.

Presidio wraps every match in a RecognizerResult, hashes a formatted string per result to
drop duplicates and sorts with lambdas: ~0.3 s of a dense MB's 3 s. Our recognizers are all
RegexRecognizer (hits, no analysis explanation, no thresholds of their own), so the same
steps run here on tuples, in Presidio's order: every recognizer of the language in the
registry's order, context words (context_words.py), the score threshold, duplicates and
contained results of the same type, then Presidio's final order (score first). A registry
holding anything else goes through Presidio itself (`applies`).
tests/scan/test_results.py compares the two over the corpora.
"""

from __future__ import annotations

from itertools import groupby, repeat
from operator import itemgetter
from typing import Any, Final

from presidio_analyzer import AnalyzerEngine, EntityRecognizer

from mailgate.scan.context_words import Marks, SelectiveContextEnhancer
from mailgate.scan.recognizers.base import Hit, RegexRecognizer

# (entity type, start, end, score, recognizer name)
Result = tuple[str, int, int, float, str]


def applies(engine: AnalyzerEngine, language: str) -> bool:
    """True when `run` gives what `engine.analyze` gives: only our recognizers, no
    thresholds of their own, no recognizer-level context hook, our context enhancer."""
    recognizers = engine.registry.get_recognizers(language=language, all_fields=True)
    return isinstance(engine.context_aware_enhancer, SelectiveContextEnhancer) and all(
        isinstance(r, RegexRecognizer) and not r.score_thresholds
        and type(r).enhance_using_context is EntityRecognizer.enhance_using_context
        for r in recognizers)


def run(engine: AnalyzerEngine, text: str, language: str, artifacts: Any,
        threshold: float) -> list[Result]:
    """`engine.analyze(text, language, nlp_artifacts=artifacts)` as tuples (see `applies`)."""
    recognizers = engine.registry.get_recognizers(language=language, all_fields=True)
    if artifacts is None:
        artifacts = engine.nlp_engine.process_text(text, language)
    found: list[Result] = []
    marks: Marks | None = None  # the keywords near results, once for every recognizer
    for recognizer in recognizers:
        assert isinstance(recognizer, RegexRecognizer)
        if not recognizer.is_loaded:
            recognizer.load()
            recognizer.is_loaded = True
        hits = recognizer.hits(text, artifacts)
        if not hits:
            continue
        kind, name = recognizer.ENTITY, type(recognizer).__name__
        if recognizer.context:
            marks = marks or Marks(artifacts)
            found += _with_context(engine, recognizer, hits, marks, kind, name)
        else:
            # By zip, not a loop: PERSON alone has 45 000 hits in a dense MB.
            starts, ends, scores = zip(*hits, strict=True)
            found += zip(repeat(kind), starts, ends, scores, repeat(name), strict=False)
    return deduplicated([r for r in found if r[3] >= threshold])


def _with_context(engine: AnalyzerEngine, recognizer: RegexRecognizer, hits: list[Hit],
                  marks: Marks, kind: str, name: str) -> list[Result]:
    enhancer = engine.context_aware_enhancer
    assert isinstance(enhancer, SelectiveContextEnhancer)
    near = enhancer.supported([h.start for h in hits], recognizer, marks)
    return [(kind, h.start, h.end, enhancer.raised(h.score) if supported else h.score, name)
            for h, supported in zip(hits, near, strict=True)]


def deduplicated(results: list[Result]) -> list[Result]:
    """Presidio's EntityRecognizer.remove_duplicates: equal results once (the first), none
    of score 0, none inside another of its type scoring as high; highest score first."""
    # Equal in type, span and score is equal whatever the recognizer (Presidio's __eq__);
    # its set() keeps the first of equal ones: read backwards, the first is written last.
    first = list(dict(zip(map(_KEY, reversed(results)), reversed(results), strict=True)).values())
    # Type, start, length, score: every key is one result's, so the order is total.
    first.sort(key=lambda r: (r[0], r[1], r[1] - r[2], -r[3]))
    kept: list[Result] = []
    for _, group in groupby(first, key=_TYPE):
        active: list[Result] = []
        for r in group:
            if r[3] == 0:
                continue
            if active:  # most results overlap none before them: no walk
                active = [a for a in active if a[2] >= r[1]]
            if not active or not any(
                    a[1] <= r[1] and r[2] <= a[2] and r[3] <= a[3] for a in active):
                kept.append(r)
                active.append(r)
    kept.sort(key=lambda r: (-r[3], r[1], r[1] - r[2]))
    return kept


_KEY: Final = itemgetter(0, 1, 2, 3)  # type, start, end, score
_TYPE: Final = itemgetter(0)
