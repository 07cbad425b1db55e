"""Presidio's lemma context enhancer, run only on results whose recognizer has context words.

The stock enhancer deep-copies every result before looking at any; most of ours come from
recognizers that weigh their own Swedish cues and declare no context, so we pass those by.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class SelectiveContextEnhancer(LemmaContextAwareEnhancer):
    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        chosen: list[RecognizerResult] = []
        others: list[RecognizerResult] = []
        for r in raw_results:
            mine = (r.recognition_metadata or {}).get(key) in with_context
            (chosen if mine else others).append(r)
        if not chosen:
            return others
        enhanced: list[RecognizerResult] = super().enhance_using_context(
            text, chosen, nlp_artifacts, recognizers, context
        )
        return others + enhanced
