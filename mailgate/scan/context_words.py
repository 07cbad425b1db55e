"""Presidio's lemma context enhancer, run only on results whose recognizer has context words.

The stock enhancer deep-copies every result and walks every token for each one; most of our
results come from recognizers that weigh their own Swedish cues and declare no context, so we
pass those by, copy the rest shallowly and find tokens by bisection.
"""

from __future__ import annotations

import bisect
import copy
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY


class SelectiveContextEnhancer(LemmaContextAwareEnhancer):
    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {r.id: r for r in recognizers if r.context}
        extra = [w.lower() for w in context or []]
        out: list[RecognizerResult] = []
        for result in raw_results:
            recognizer = by_id.get((result.recognition_metadata or {}).get(_ID))
            if recognizer is not None:
                result = self._enhance(result, recognizer, nlp_artifacts, extra)
            out.append(result)
        return out

    def _enhance(
        self, result: RecognizerResult, recognizer: EntityRecognizer,
        nlp_artifacts: NlpArtifacts, extra: list[str],
    ) -> RecognizerResult:
        words = self._surrounding(nlp_artifacts, result.start) + extra
        word = self._find_supportive_word_in_context(
            words, recognizer.context, self.context_matching_mode)
        if not word:
            return result
        enhanced = copy.copy(result)
        enhanced.analysis_explanation = copy.copy(result.analysis_explanation)
        score = max(result.score + self.context_similarity_factor,
                    self.min_score_with_context_similarity)
        enhanced.score = min(score, ContextAwareEnhancer.MAX_SCORE)
        enhanced.analysis_explanation.set_supportive_context_word(word)
        enhanced.analysis_explanation.set_improved_score(enhanced.score)
        return enhanced

    def _surrounding(self, nlp_artifacts: NlpArtifacts, start: int) -> list[str]:
        index = max(0, bisect.bisect_right(nlp_artifacts.tokens_indices, start) - 1)
        # A set, not Presidio's list: it only tests membership, once per lemma.
        keywords: Any = set(nlp_artifacts.keywords)
        before = self._add_n_words_backward(
            index, self.context_prefix_count, nlp_artifacts.lemmas, keywords)
        after = self._add_n_words_forward(
            index, self.context_suffix_count, nlp_artifacts.lemmas, keywords)
        return list(set(before + after))
