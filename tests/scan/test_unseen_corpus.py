"""Integrity of the unseen personal-data corpus (tests/data/pii/unseen): spans, types, ids.

Only the files are checked here, never the scanner's recall: the holdout part must not become a
target that tests tune the scanner to.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "pii"
UNSEEN = DATA / "unseen"
SPLITS = ("dev", "holdout")
FIELDS = {"id", "voice", "lang", "text", "entities", "negatives", "quasi"}
PNR = re.compile(r"(?:\d\d)?(\d\d)(\d\d)(\d\d)[-+ ]?\d{4}")


def _load(name: str) -> list[dict[str, Any]]:
    lines = (UNSEEN / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _known_types() -> set[str]:
    """The entity types of the team corpus, which bench/pii scores by name."""
    team = (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["type"] for line in team if line.strip() for e in json.loads(line)["entities"]}


CASES = [(split, case) for split in SPLITS for case in _load(split)]


@pytest.mark.parametrize(("split", "case"), CASES, ids=[c["id"] for _, c in CASES])
def test_case_is_well_formed(split: str, case: dict[str, Any]) -> None:
    assert set(case) == FIELDS
    assert case["id"].startswith(f"unseen-{split}-")
    assert case["lang"] in {"sv", "en"}
    text, spans = case["text"], sorted((e["start"], e["end"]) for e in case["entities"])
    assert not re.search(r"[\x00-\x08]|<<|\[\[|\{\{", text), "a generator mark was left"
    for e in case["entities"]:
        value = text[e["start"]:e["end"]]
        assert 0 <= e["start"] < e["end"] <= len(text)
        assert value == value.strip() and (value[0].isalnum() or value[0] == "+")
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "entities overlap"
    for neg in case["negatives"]:
        assert neg in text


def test_types_are_those_the_scorer_knows() -> None:
    used = {e["type"] for _, case in CASES for e in case["entities"]}
    assert used <= _known_types()


def test_ids_are_unique() -> None:
    ids = [case["id"] for _, case in CASES]
    assert len(ids) == len(set(ids))


def test_every_id_number_has_a_date_valid_shape() -> None:
    """Check digits may be wrong on purpose; the date (day + 60 for samordningsnummer) is not."""
    for _, case in CASES:
        for e in case["entities"]:
            if e["type"] != "ID_NUMBER":
                continue
            match = PNR.fullmatch(case["text"][e["start"]:e["end"]])
            assert match, case["id"]
            month, day = int(match[2]), int(match[3]) % 60 or 60
            dt.date(2000, month, day)  # raises on an impossible date


def test_negatives_are_whole_words_outside_identifiers() -> None:
    for _, case in CASES:
        text = case["text"]
        gold = [(e["start"], e["end"]) for e in case["entities"]]
        for neg in case["negatives"]:
            for m in re.finditer(re.escape(neg), text):
                if any(m.start() < end and start < m.end() for start, end in gold):
                    continue
                before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
                assert not (before.isalnum() or after.isalnum()), (case["id"], neg)


def test_files_are_what_the_generator_writes() -> None:
    """Offsets come from write_unseen.py, so the files must match a fresh run exactly."""
    spec = importlib.util.spec_from_file_location("write_unseen", UNSEEN / "write_unseen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    for split in SPLITS:
        assert built[split] == _load(split), f"{split}.jsonl differs from write_unseen.py output"


def test_holdout_is_the_larger_part() -> None:
    dev, holdout = _load("dev"), _load("holdout")
    assert 0.3 <= len(dev) / (len(dev) + len(holdout)) <= 0.5
