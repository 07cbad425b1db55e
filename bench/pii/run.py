"""Benchmark of the personal-data scanner: `.venv/bin/python bench/pii/run.py [CORPUS.jsonl]`.

Scores the team corpus and the thirty-three separately written corpora, unseen, fresh and
fourth to thirty-fourth (dev and holdout apart; see corpora.py), each
with recall per type, structured-identifier, PERSON and overall recall, the share of hard
negatives flagged and the substance or medicine names among them; then p50/p95 latency per 2 KB
of text, start-up time and resident memory of a fresh process, of the checkout and of the
service as `make serve` runs it (speed.py), and which goals pass.
`--corpus NAME|PATH` (repeatable) or a positional path scores only those corpora. `--misses`
also lists every missed entity and flagged negative (synthetic corpus text only), never of a
holdout corpus. """

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpora import (  # noqa: E402
    CORPORA,
    NEVER_SHOWN,
    STRUCTURED,
    drug_alarms,
    resolve,
    structured_recall,
)
from evaluate import Score, evaluate, load  # noqa: E402
from speed import report_speed, startup  # noqa: E402

STRICT_TYPES = STRUCTURED


def report_corpus(name: str, path: Path, score: Score) -> dict[str, bool]:
    """Recall and false alarms of one corpus; returns its recall and false-alarm goals."""
    print(f"== {name} corpus ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    print(f"{'type':<15}{'n':>5}{'recall':>9}{'masked':>9}")
    for kind in sorted(score.total):
        print(f"{kind:<15}{score.total[kind]:>5}{score.recall(kind):>9.3f}"
              f"{score.recall(kind, 'covered'):>9.3f}")
    print(f"{'QUASI (warn)':<15}{score.quasi:>5}{score.quasi_found / max(1, score.quasi):>9.3f}")
    drugs = drug_alarms(score)
    print(f"\nstructured identifiers recall {structured_recall(score):.3f}"
          f" ({', '.join(STRICT_TYPES)})")
    print(f"PERSON recall {score.recall('PERSON'):.3f}")
    print(f"overall recall {score.recall():.3f} (masked {score.recall(None, 'covered'):.3f})")
    print(f"hard negatives flagged {score.flagged_negatives}/{score.negatives}"
          f" = {score.fp_rate:.3%}")
    # A holdout's flagged names are its text: only their number is shown, or tuning could see it.
    shown = str(len(drugs)) if name in NEVER_SHOWN else ", ".join(drugs)
    print(f"substance or medicine names flagged: {shown if drugs else 'none'}\n")
    fp_limit = 0.02 if name == "team" else 0.01  # issue 12: <= 1 % on text not tuned on
    goals = {
        "recall 1.00 on " + ", ".join(STRICT_TYPES): all(
            score.recall(k) == 1.0 for k in STRICT_TYPES if score.total[k]),
        "PERSON recall >= 0.97": score.recall("PERSON") >= 0.97,
        "overall recall >= 0.98": score.recall() >= 0.98,
        f"hard negatives flagged <= {fp_limit:.0%}": score.fp_rate <= fp_limit,
    }
    if name != "team":
        goals["no substance or medicine name flagged"] = not drugs
    return {f"{name}: {goal}": ok for goal, ok in goals.items()}


def summary(scores: dict[str, Score]) -> None:
    print(f"{'corpus':<14}{'texts':>7}{'ids':>6}{'overall':>9}{'struct':>8}{'PERSON':>8}"
          f"{'neg flagged':>13}{'drugs':>7}")
    for name, score in scores.items():
        print(f"{name:<14}{score.cases:>7}{sum(score.total.values()):>6}{score.recall():>9.3f}"
              f"{structured_recall(score):>8.3f}{score.recall('PERSON'):>8.3f}"
              f"{score.fp_rate:>12.2%}{len(drug_alarms(score)):>7}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="score only this corpus file")
    parser.add_argument("--corpus", action="append", metavar="NAME|PATH",
                        help=f"score only these corpora ({', '.join(CORPORA)} or a path)")
    parser.add_argument("--misses", action="store_true",
                        help="list misses and false alarms (never of the holdout corpus)")
    parser.add_argument("--stock", action="store_true",
                        help="also score Presidio's stock recognizers, for comparison")
    args = parser.parse_args()
    names = [str(args.path)] if args.path else args.corpus or list(CORPORA)
    chosen = dict(resolve(n) for n in names)
    corpora = {name: load(path) for name, path in chosen.items()}
    if args.stock:
        from stock import stock_scanner

        for name, cases in corpora.items():
            stock = evaluate(cases, stock_scanner())  # type: ignore[arg-type]
            print(f"Presidio stock recognizers on {name}: overall recall {stock.recall():.3f}, "
                  f"hard negatives flagged {stock.fp_rate:.1%}")
    start = startup()
    from mailgate.scan import scan

    goals: dict[str, bool] = {}
    scores: dict[str, Score] = {}
    for name, cases in corpora.items():
        score = scores[name] = evaluate(cases, scan)
        if args.misses and name not in NEVER_SHOWN:
            for miss in score.misses:
                print("MISS", json.dumps(miss, ensure_ascii=False))
            for alarm in score.false_alarms:
                print("FALSE", json.dumps(alarm, ensure_ascii=False))
        goals |= report_corpus(name, chosen[name], score)
    summary(scores)
    goals |= report_speed([c["text"] for cases in corpora.values() for c in cases], start)
    print()
    for goal, ok in goals.items():
        print(f"{'PASS' if ok else 'FAIL'}  {goal}")
    return 0 if all(goals.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
