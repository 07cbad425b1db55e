"""What every recognizer here shares: regexes in, scored Presidio results out.

A recognizer is a table of compiled patterns plus one `judge` method that looks at a match
(and the words before it) and returns a score, or None to drop it. Cue words are matched
by the recognizer itself, because Swedish cues decide, not only boost: an invalid personnummer
is still reported when `pnr` stands before it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

_WORD = re.compile(r"[^\W\d_]+(?:[-.:/][^\W\d_]+)*")


@dataclass(frozen=True)
class Hit:
    """A span a recognizer wants to report, before it becomes a RecognizerResult."""

    start: int
    end: int
    score: float
    entity: str = ""


def words_before(text: str, start: int, chars: int = 40) -> list[str]:
    """Lower-cased words in the `chars` characters before `start`, nearest last."""
    window = text[max(0, start - chars) : start]
    return [m.group().lower() for m in _WORD.finditer(window)]


def cue_matches(word: str, cue: str) -> bool:
    """Exact, or a compound: long cues match as prefix (`personnumret`) or suffix (`hemtelefon`)."""
    if word == cue:
        return True
    return (len(cue) >= 4 and word.startswith(cue)) or (len(cue) >= 5 and word.endswith(cue))


def has_cue(words: list[str], cues: Collection[str], last: int = 4) -> bool:
    """True when one of the `last` words is a cue."""
    return any(cue_matches(w, cue) for w in words[-last:] for cue in cues)


class RegexRecognizer(EntityRecognizer):
    """Base for recognizers made of regexes and a judge."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[re.Pattern[str], ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()

    def __init__(self, language: str) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=language,
            name=type(self).__name__,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        """Nothing to load: patterns are compiled at import."""

    def judge(self, match: re.Match[str], text: str) -> Hit | None:
        """Score one match; None drops it. Default: the whole match at 0.5."""
        return Hit(match.start(), match.end(), 0.5)

    def hits(self, text: str, nlp_artifacts: Any) -> list[Hit]:
        found: list[Hit] = []
        for pattern in self.PATTERNS:
            for match in pattern.finditer(text):
                hit = self.judge(match, text)
                if hit is not None:
                    found.append(hit)
        return found

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        return [self.result(hit) for hit in self.hits(text, nlp_artifacts)]

    def result(self, hit: Hit) -> RecognizerResult:
        name = type(self).__name__
        explanation = AnalysisExplanation(recognizer=name, original_score=hit.score)
        return RecognizerResult(
            entity_type=hit.entity or self.ENTITY,
            start=hit.start,
            end=hit.end,
            score=hit.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
