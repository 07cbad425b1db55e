"""bench/pii never prints a holdout corpus's text: a flagged drug name is counted, not named."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PII_BENCH = Path(__file__).resolve().parents[2] / "bench" / "pii"
sys.path.insert(0, str(PII_BENCH))

import corpora  # noqa: E402
import run  # noqa: E402
from evaluate import Score  # noqa: E402


def flagged_drug() -> tuple[Score, str]:
    drug = sorted(corpora.drug_names())[0]
    score = Score(negatives=10, flagged_negatives=1)
    score.false_alarms.append(("case-1", drug))
    return score, drug


@pytest.mark.parametrize("name", sorted(corpora.NEVER_SHOWN))
def test_a_holdout_shows_how_many_drug_names_were_flagged_not_which(
        name: str, capsys: pytest.CaptureFixture[str]) -> None:
    score, drug = flagged_drug()
    goals = run.report_corpus(name, PII_BENCH / f"{name}.jsonl", score)
    printed = capsys.readouterr().out
    assert "substance or medicine names flagged: 1" in printed
    assert drug not in printed.lower()
    assert goals[f"{name}: no substance or medicine name flagged"] is False


def test_a_dev_corpus_names_the_flagged_drug(capsys: pytest.CaptureFixture[str]) -> None:
    score, drug = flagged_drug()
    run.report_corpus("dev", PII_BENCH / "dev.jsonl", score)
    assert f"substance or medicine names flagged: {drug}" in capsys.readouterr().out.lower()
