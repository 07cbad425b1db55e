"""Scoring the scanner against an annotated corpus: recall per type, hard-negative flags."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailgate.scan import Finding, publishable

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "pii" / "corpus.jsonl"


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass
class Score:
    total: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    covered: Counter[str] = field(default_factory=Counter)
    cases: int = 0
    quasi: int = 0
    quasi_found: int = 0
    negatives: int = 0
    flagged_negatives: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, kind: str | None = None, counter: str = "found") -> float:
        hits = getattr(self, counter)
        if kind is None:
            return sum(hits.values()) / max(1, sum(self.total.values()))
        return hits[kind] / max(1, self.total[kind])

    @property
    def fp_rate(self) -> float:
        return self.flagged_negatives / max(1, self.negatives)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _coverage(text: str, start: int, end: int, spans: list[Finding]) -> float:
    chars = [i for i in range(start, end) if text[i].isalnum()]
    hit = sum(1 for i in chars if any(f.start <= i < f.end for f in spans))
    return hit / max(1, len(chars))


def masked_whole(text: str, start: int, end: int, masks: list[Finding]) -> bool:
    """Masks cover nine tenths of the stretch's letters and digits: what the benches count
    as "masked" (a stray bracket or a genitive's s left out does not count against it)."""
    return _coverage(text, start, end, masks) >= 0.9


def score_case(case: dict[str, Any], findings: list[Finding], score: Score) -> None:
    text = case["text"]
    masks = publishable(findings)
    for ent in case["entities"]:
        kind, start, end = ent["type"], ent["start"], ent["end"]
        score.total[kind] += 1
        typed = any(f.type == kind and _overlaps(f.start, f.end, start, end) for f in findings)
        score.found[kind] += typed
        score.covered[kind] += masked_whole(text, start, end, masks)
        if not typed:
            score.misses.append((case["id"], kind, text[start:end]))
    for q in case.get("quasi", []):
        score.quasi += 1
        score.quasi_found += any(
            f.type == "QUASI" and _overlaps(f.start, f.end, q["start"], q["end"]) for f in findings)
    gold = [(e["start"], e["end"]) for e in case["entities"]]
    for neg in case["negatives"]:
        for start in _occurrences(text, neg):
            end = start + len(neg)
            if any(_overlaps(s, e, start, end) for s, e in gold):
                continue  # the same word is also a gold entity here (Lund in Karin Lund)
            score.negatives += 1
            if any(_overlaps(f.start, f.end, start, end) for f in masks):
                score.flagged_negatives += 1
                score.false_alarms.append((case["id"], neg))


def _occurrences(text: str, needle: str) -> Iterable[int]:
    start = text.find(needle)
    while start != -1:
        yield start
        start = text.find(needle, start + 1)


def evaluate(cases: list[dict[str, Any]], scan: Callable[[str], list[Finding]]) -> Score:
    score = Score()
    for case in cases:
        score.cases += 1
        score_case(case, scan(case["text"]), score)
    return score
