"""Presidio's lemma context enhancer, run only on results whose recognizer has context words.

The stock enhancer deep-copies every result and walks every token for each one; most of our
results come from recognizers that weigh their own Swedish cues and declare no context, so we
pass those by, copy the rest shallowly and find tokens by bisection.
"""

from __future__ import annotations

import bisect
import copy
import functools
import itertools
import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

from mailgate.scan.nlp import lowered_lemmas
from mailgate.scan.recognizers.base import alternation

_ID: Final = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
# Presidio walks as far as it must to collect its context words, so a text with few words
# (a long list of numbers) costs a walk to the start per result; we look this many tokens.
WALK: Final = 60


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
        marks: Marks | None = None  # built on the first result that needs it
        out: list[RecognizerResult] = []
        for result in raw_results:
            recognizer = by_id.get((result.recognition_metadata or {}).get(_ID))
            if recognizer is not None:
                marks = marks or Marks(nlp_artifacts)
                result = self._enhance(result, recognizer, marks, extra)
            out.append(result)
        return out

    def _enhance(
        self, result: RecognizerResult, recognizer: EntityRecognizer, marks: Marks,
        extra: list[str],
    ) -> RecognizerResult:
        word = self.supporting_word(result.start, recognizer, marks, extra)
        if not word:
            return result
        enhanced = copy.copy(result)
        enhanced.score = self.raised(result.score)
        if result.analysis_explanation is not None:  # ours carry none (recognizers/base.py)
            enhanced.analysis_explanation = copy.copy(result.analysis_explanation)
            enhanced.analysis_explanation.set_supportive_context_word(word)
            enhanced.analysis_explanation.set_improved_score(enhanced.score)
        return enhanced

    def supporting_word(self, start: int, recognizer: EntityRecognizer, marks: Marks,
                        extra: list[str]) -> str:
        """The context word of `recognizer` near `start`, or ''."""
        near = marks.around(start, self.context_prefix_count + 1, self.context_suffix_count + 1)
        if self.context_matching_mode == "substring":
            return _supporting([*near, *extra], recognizer.context)
        return self._find_supportive_word_in_context(
            list(near) + extra, recognizer.context, self.context_matching_mode) or ""

    def supported(self, starts: list[int], recognizer: EntityRecognizer, marks: Marks
                  ) -> list[bool]:
        """`bool(supporting_word(start, recognizer, marks, []))` for each start, from where
        the context words stand among the keywords (found once per text, not per result)."""
        if self.context_matching_mode != "substring" or "" in recognizer.context:
            return [bool(self.supporting_word(s, recognizer, marks, [])) for s in starts]
        return marks.holds(starts, self.context_prefix_count + 1, self.context_suffix_count + 1,
                           tuple(recognizer.context))

    def raised(self, score: float) -> float:
        """A score with a context word near: Presidio's rule."""
        score = max(score + self.context_similarity_factor, self.min_score_with_context_similarity)
        return min(score, ContextAwareEnhancer.MAX_SCORE)


class Marks:
    """The tokens of a text whose lemma is a keyword, to find those near a result by
    bisection (Presidio walks the tokens from each result, a walk per result)."""

    def __init__(self, nlp_artifacts: NlpArtifacts) -> None:
        # Once per text, not per result: built per result it made scanning quadratic.
        keywords = frozenset(nlp_artifacts.keywords)
        lowered = lowered_lemmas(nlp_artifacts)
        # By map and compress, not a loop: a dense MB has 200 000 lemmas.
        self.index = list(itertools.compress(range(len(lowered)),
                                             map(keywords.__contains__, lowered)))
        self.lemma = [lowered[i] for i in self.index]
        self.starts = nlp_artifacts.tokens_indices

        self._held: dict[tuple[str, ...], list[int]] = {}  # by context (_held_before)

    def around(self, start: int, before: int, after: int) -> frozenset[str]:
        """The `before` nearest keyword lemmas at or before the token holding `start` and the
        `after` nearest at or after it, within WALK tokens each way (Presidio's _add_n_words)."""
        lo, hi, k, end = self._near(start, before, after)
        return frozenset(self.lemma[lo:hi] + self.lemma[k:end])

    def _near(self, start: int, before: int, after: int) -> tuple[int, int, int, int]:
        """`around`'s keywords as two ranges of positions in `lemma`."""
        token = max(0, bisect.bisect_right(self.starts, start) - 1)
        hi = bisect.bisect_right(self.index, token)
        lo = max(bisect.bisect_right(self.index, token - WALK), hi - before)
        k = bisect.bisect_left(self.index, token)
        end = bisect.bisect_left(self.index, token + WALK, k, min(len(self.index), k + after))
        return lo, hi, k, end

    def holds(self, starts: list[int], before: int, after: int, context: tuple[str, ...]
              ) -> list[bool]:
        """For each start, `_supporting(list(around(start, before, after)), context) != ""`:
        a keyword near holds a context word. One loop for a recognizer's results (a dense
        MB has 40 000)."""
        held = self._held.get(context)
        if held is None:
            held = self._held[context] = self._held_before(context)
        if not held[-1]:
            return [False] * len(starts)
        out = []
        right, left, index, tokens = bisect.bisect_right, bisect.bisect_left, self.index, (
            self.starts)
        last = len(index)
        for start in starts:
            token = max(0, right(tokens, start) - 1)
            k = left(index, token)
            hi = k + 1 if k < last and index[k] == token else k  # right(index, token)
            lo = max(right(index, token - WALK), hi - before)
            end = left(index, token + WALK, k, min(last, k + after))
            # A range [a, b) of keywords holds a context word when fewer stand before a.
            out.append(held[lo] < held[hi] or held[k] < held[end])
        return out

    def _held_before(self, context: tuple[str, ...]) -> list[int]:
        """For each position in `lemma` (and its end), how many keywords before it hold a
        context word: two look-ups per range of keywords, not two bisections."""
        flags = bytearray(len(self.lemma))
        for i in self._holding(context):
            flags[i] = 1
        return list(itertools.accumulate(flags, initial=0))

    def _holding(self, context: tuple[str, ...]) -> list[int]:
        """The positions in `lemma` of the keywords holding a context word. Each distinct
        keyword is searched once per process and context: a text's keywords are mostly
        words met before, and one search of them all cost a pattern's try at every letter."""
        if not context:
            return []
        held, search = _held_by(context), _any_context(context).search
        # The keywords not met before searched first, then every position read by map and
        # compress, in C: a loop over a text's keywords per context cost more than the
        # searches (most keywords were met before).
        new = set(self.lemma).difference(held)
        if new and len(held) + len(new) > _HELD_LIMIT:
            held.clear()  # a long-running worker meets new words for ever
            new = set(self.lemma)
        for lemma in new:
            held[lemma] = search(lemma) is not None
        return list(itertools.compress(itertools.count(), map(held.__getitem__, self.lemma)))


# A context word this short stands inside too many others (`ring` in `registrering`, `tel`
# in `hotell`, `bil` in `mobil`, `ip` in `tips`): it counts only where a word
# starts with it (`ringde`, `telnr`, `bilen`, `ip-adressen`). Longer ones count anywhere in
# a word, as Presidio's substring rule has it (`mobilnummer`, `hemtelefon`).
SHORT_CUE: Final = 4


_HELD_LIMIT: Final = 1 << 16  # keywords remembered per context


@functools.cache
def _held_by(context: tuple[str, ...]) -> dict[str, bool]:
    """Whether a keyword holds one of `context`'s words, per keyword met (Marks._holding)."""
    return {}


@functools.cache
def _any_context(context: tuple[str, ...]) -> re.Pattern[str]:
    """Whether a keyword holds a context word: a short one starting it, a longer
    one anywhere. Only which keywords hold one counts, so a word holding another of its kind
    is left out, and the rest are a tree by their letters (`re` tries it four times faster
    than a flat list)."""
    short = {cue.lower() for cue in context if len(cue) <= SHORT_CUE}
    long = {cue.lower() for cue in context if len(cue) > SHORT_CUE}
    short = {c for c in short if not any(c.startswith(o) for o in short if o != c)}
    long = {c for c in long if not any(o in c for o in long if o != c)}
    branches = ([f"^{alternation(sorted(short))}"] if short else []) + (
        [alternation(sorted(long))] if long else [])
    return re.compile("|".join(branches))


def _supporting(words: list[str], context: list[str]) -> str:
    """Presidio's substring matching (a short context word at a word's start only), without
    lower-casing every pair: the first context word in one of `words` (lower-case lemmas),
    or ''."""
    # One search per cue in the words joined by line ends: no context word holds a line end
    # (tests/scan/test_context_words.py), so a cue found there lies within one word.
    joined = "\n".join(words)
    started = "\n" + joined
    for cue in context:
        low = cue.lower()
        if (("\n" + low in started) if len(low) <= SHORT_CUE else (low in joined)):
            return cue
    return ""
