"""The team's annotated corpus (tests/data/pii/corpus.jsonl) as a regression guard.

The benchmark (bench/pii/run.py) reports the same figures with latency and memory.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "pii"))
from evaluate import Score, evaluate, load

from mailgate.scan import scan

STRICT = ("ID_NUMBER", "PHONE", "EMAIL", "IBAN", "IP", "PLATE")


@pytest.fixture(scope="module")
def score() -> Score:
    return evaluate(load(), scan)


def test_corpus_is_large_and_annotated() -> None:
    cases = load()
    assert len(cases) >= 200
    assert all(case["negatives"] for case in cases), "every case needs hard negatives"
    for case in cases:
        for ent in case["entities"]:
            assert 0 <= ent["start"] < ent["end"] <= len(case["text"])


@pytest.mark.parametrize("kind", STRICT)
def test_full_recall_on_strict_types(score: Score, kind: str) -> None:
    assert score.recall(kind) == 1.0, [m for m in score.misses if m[1] == kind]


def test_person_and_overall_recall(score: Score) -> None:
    assert score.recall("PERSON") >= 0.97
    assert score.recall() >= 0.98


def test_hard_negatives_are_rarely_flagged(score: Score) -> None:
    assert score.fp_rate <= 0.02, score.false_alarms
