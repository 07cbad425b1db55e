"""False alarms counted by the path of PERSON that made them, beside the true persons each
path finds: which ways to a name pay for themselves, and which only flag things.

    python bench/pii/alarm_paths.py BENCH_MODULE [--kept-out]
    python bench/pii/alarm_paths.py --corpus twelfth-dev [--corpus …] [--examples] [--drugs]

A path is person.py's finder that returned the hit (`nicknames`, `register_names`), or for
judged.py's runs the line of judge_named or _judge_alone that returned it, with what the
lists say of the word it judged (`c` also a word, `n` a name, `f` first, `l` last, `U` in
capitals, `S` at a sentence's start), its cue and the number of words (`judged._judge_alone:
243//relation`: a word no list holds after a person's cue). Other types are named by their
recognizer. A family bench's sentences are read tuned only unless `--kept-out`; a corpus's
examples are printed only with `--examples` (never for a holdout: refused). `--drugs` counts
only the negatives that name a substance or medicine (the goal that one such alarm fails).

A line number moves with judged.py: read the paths beside the checkout they ran on.
"""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from marks import kept_out, parsed

import mailgate.scan.recognizers.person as person_module
from mailgate.scan import publishable, scan, warm_up
from mailgate.scan.finding import Finding

Span = tuple[int, int]
TAGS: dict[Span, str] = {}  # each hit's span and the path that made it, for one text
_FLAGS = (("c", "common"), ("n", "name"), ("f", "first"), ("l", "last"))


def _word_flags(local: dict[str, Any]) -> str:
    """What the lists say of the word judged.py judged: `tok`, or the run's last word."""
    words = local.get("words") or [None]
    word = local.get("tok") or words[-1]
    if word is None or not hasattr(word, "info"):
        return ""
    flags = "".join(c for c, name in _FLAGS if getattr(word.info, name))
    flags += "U" * word.text.isupper() + "S" * word.sentence_start
    count = f"/{len(words)}w" if len(words) >= 2 else ""
    return f"/{flags}/{word.cue}{count}"


def _judged_tracer(frame: FrameType, event: str, arg: Any) -> Any:
    """Traces only judged.py's frames: a Hit returned is tagged with the returning line."""
    if not frame.f_code.co_filename.endswith("judged.py"):
        return None

    def local(inner: FrameType, kind: str, value: Any) -> Any:
        if kind == "return" and type(value).__name__ == "Hit":
            path = f"judged.{inner.f_code.co_name}:{inner.f_lineno}"
            TAGS.setdefault((value.start, value.end), path + _word_flags(inner.f_locals))
        return local
    return local


def _tagging(name: str, finder: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(finder)
    def tagged(*args: Any, **kwargs: Any) -> Any:
        found = finder(*args, **kwargs)
        if isinstance(found, list):
            for hit in found:
                if type(hit).__name__ == "Hit":
                    TAGS.setdefault((hit.start, hit.end), name)
        return found
    return tagged


def instrument() -> None:
    """Wraps person.py's finders (read from its module's names) and traces judged.py."""
    for name, value in list(vars(person_module).items()):
        if callable(value) and not isinstance(value, type) and name != "judge_named" and (
                getattr(value, "__module__", "").startswith("mailgate")):
            setattr(person_module, name, _tagging(name, value))
    warm_up()
    sys.settrace(_judged_tracer)


def path_of(f: Finding) -> str:
    if f.type != "PERSON":
        return f"{f.type}/{f.recognizer}"
    if (f.start, f.end) in TAGS:
        return TAGS[(f.start, f.end)]
    inside = [path for (s, e), path in TAGS.items() if s < f.end and f.start < e]
    return inside[0] + "~" if inside else f"PERSON?{f.recognizer}"  # ~: widened later


class Tally:
    def __init__(self, examples: bool) -> None:
        self.alarms: Counter[str] = Counter()
        self.persons: Counter[str] = Counter()
        self.shown: dict[str, list[str]] = defaultdict(list)
        self.examples = examples

    def case(self, text: str, persons: list[Span], negatives: list[Span],
             others: Sequence[Span] = ()) -> None:
        TAGS.clear()
        findings = scan(text)
        masks = publishable(findings)
        for start, end in persons:
            hit = next((f for f in findings if f.type == "PERSON" and f.start < end
                        and start < f.end), None)
            if hit is not None:
                self.persons[path_of(hit)] += 1
        gold = list(persons) + list(others)
        for start, end in negatives:
            if any(s < end and start < e for s, e in gold):
                continue  # the same word is an entity here
            hit = next((f for f in masks if f.start < end and start < f.end), None)
            if hit is not None:
                self.alarms[path_of(hit)] += 1
                if self.examples:
                    seen = text[max(0, start - 70) : end + 40].replace("\n", " / ")
                    self.shown[path_of(hit)].append(f"{hit.score:.2f} {seen!r}")

    def report(self) -> None:
        paths = sorted(set(self.alarms) | set(self.persons),
                       key=lambda p: (-self.alarms[p], -self.persons[p], p))
        for path in paths:
            print(f"{path:46} alarms {self.alarms[path]:4}  persons {self.persons[path]:5}")
            for line in self.shown[path][:30]:
                print("      ", line)


def bench_rows(module: str, with_kept_out: bool, tally: Tally) -> None:
    rows = __import__(module)
    for side in ("NEGATIVES", "PERSONS"):
        for _family, sentence in getattr(rows, side):
            text, start, end = parsed(sentence)
            if kept_out(text) and not with_kept_out:
                continue
            spans = [(start, end)]
            tally.case(text, spans if side == "PERSONS" else [], spans if side == "NEGATIVES"
                       else [])


def corpus_rows(path: Path, tally: Tally, drugs_only: bool = False) -> None:
    from corpora import drug_names

    substances = drug_names() if drugs_only else None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        text = case["text"]
        persons = [(e["start"], e["end"]) for e in case["entities"] if e["type"] == "PERSON"]
        others = [(e["start"], e["end"]) for e in case["entities"] if e["type"] != "PERSON"]
        negatives: list[Span] = []
        for word in case["negatives"]:
            if substances is not None and word.lower() not in substances:
                continue
            at = text.find(word)
            while at != -1:
                negatives.append((at, at + len(word)))
                at = text.find(word, at + 1)
        tally.case(text, persons, negatives, others)


def main(argv: list[str]) -> int:
    from corpora import CORPORA

    names = [argv[i + 1] for i, arg in enumerate(argv) if arg == "--corpus"]
    if any(name.endswith("holdout") for name in names) and "--examples" in argv:
        print("a holdout's examples are never printed", file=sys.stderr)
        return 2
    instrument()
    tally = Tally("--examples" in argv or not names)
    if names:
        for name in names:
            corpus_rows(CORPORA[name], tally, "--drugs" in argv)
    else:
        bench_rows(argv[1], "--kept-out" in argv, tally)
    tally.report()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
