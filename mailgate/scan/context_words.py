"""Presidio's lemma context enhancer, run only on results whose recognizer has context words.

The stock enhancer deep-copies every result and walks every token for each one; most of our
results come from recognizers that weigh their own Swedish cues and declare no context, so we
pass those by, copy the rest shallowly and find tokens by bisection.
"""

from __future__ import annotations

import bisect
import copy

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
# Presidio walks as far as it must to collect its context words, so a text with few words
# (a long list of numbers) costs a walk to the start per result; we look this many tokens.
WALK = 60


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
        # Once per call, not per result: built per result it made scanning quadratic.
        keywords = frozenset(nlp_artifacts.keywords)
        out: list[RecognizerResult] = []
        for result in raw_results:
            recognizer = by_id.get((result.recognition_metadata or {}).get(_ID))
            if recognizer is not None:
                result = self._enhance(result, recognizer, nlp_artifacts, keywords, extra)
            out.append(result)
        return out

    def _enhance(
        self, result: RecognizerResult, recognizer: EntityRecognizer,
        nlp_artifacts: NlpArtifacts, keywords: frozenset[str], extra: list[str],
    ) -> RecognizerResult:
        words = self._surrounding(nlp_artifacts, keywords, result.start) + extra
        if self.context_matching_mode == "substring":
            word = _supporting(words, recognizer.context)
        else:
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

    def _surrounding(
        self, nlp_artifacts: NlpArtifacts, keywords: frozenset[str], start: int
    ) -> list[str]:
        index = max(0, bisect.bisect_right(nlp_artifacts.tokens_indices, start) - 1)
        lemmas = nlp_artifacts.lemmas
        before = _nearest(lemmas, keywords, range(index, max(-1, index - WALK), -1),
                          self.context_prefix_count + 1)
        after = _nearest(lemmas, keywords, range(index, min(len(lemmas), index + WALK)),
                         self.context_suffix_count + 1)
        return list(set(before + after))


def _nearest(lemmas: list[str], keywords: frozenset[str], order: range, n: int) -> list[str]:
    """The first `n` keyword lemmas met walking `order` (Presidio's _add_n_words, bounded)."""
    out: list[str] = []
    for i in order:
        if len(out) == n:
            break
        lemma = lemmas[i].lower()
        if lemma in keywords:
            out.append(lemma)
    return out


def _supporting(words: list[str], context: list[str]) -> str:
    """Presidio's substring matching, without lower-casing every pair: the first context
    word that is part of one of `words` (lower-case lemmas), or ''."""
    for cue in context:
        low = cue.lower()
        if any(low in word for word in words):
            return cue
    return ""
