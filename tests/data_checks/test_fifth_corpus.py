"""The fifth personal-data corpus (tests/data/pii/fifth): its files are what the writer makes,
the cases parse into spans the scorer can read, and its made-up numbers check out as intended."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest

FIFTH = Path(__file__).resolve().parents[1] / "data" / "pii" / "fifth"
sys.path.insert(0, str(FIFTH))

import write_fifth  # noqa: E402
from fifth_ids import PHONE_STYLES, PNR_STYLES, Ids, iban_ok, luhn_ok  # noqa: E402
from fresh_case import TYPES, date_valid  # noqa: E402

SPLITS = ("dev", "holdout")


def cases(split: str) -> list[dict[str, Any]]:
    lines = (FIFTH / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def all_cases() -> list[dict[str, Any]]:
    return [c for split in SPLITS for c in cases(split)]


def spans(kind: str) -> list[str]:
    return [c["text"][e["start"]:e["end"]] for c in all_cases() for e in c["entities"]
            if e["type"] == kind]


def test_files_equal_a_fresh_run_of_the_writer() -> None:
    for name, content in write_fifth.build().items():
        assert (FIFTH / name).read_text(encoding="utf-8") == content, f"rerun write_fifth: {name}"


def test_every_hand_written_case_parses_and_no_case_is_lost() -> None:
    source = (FIFTH / "handwritten.txt").read_text(encoding="utf-8")
    headers = write_fifth.HEADER.findall(source)
    assert len(write_fifth.handwritten()) == len(headers) == source.count("\n### ")
    ids = {c["id"] for c in all_cases()}
    assert {h[0] for h in headers} <= ids


def test_every_span_is_inside_its_text_of_a_known_type_and_not_padded() -> None:
    for case in all_cases():
        end = 0
        for ent in sorted(case["entities"] + case["quasi"], key=lambda e: e["start"]):
            text = case["text"][ent["start"]:ent["end"]]
            assert ent["type"] in (*TYPES, "QUASI"), case["id"]
            assert 0 <= ent["start"] < ent["end"] <= len(case["text"]), case["id"]
            assert text == text.strip() and ent["start"] >= end, (case["id"], text)
            end = ent["end"]


def test_every_negative_stands_as_a_whole_word_outside_the_identifiers() -> None:
    for case in all_cases():
        gold = [(e["start"], e["end"]) for e in case["entities"]]
        for neg in case["negatives"]:
            starts = [m.start() for m in re.finditer(re.escape(neg), case["text"])]
            free = [s for s in starts if not any(a < s + len(neg) and s < b for a, b in gold)]
            assert free, (case["id"], neg)


def test_id_numbers_are_date_valid_with_computed_check_digits_right_and_wrong() -> None:
    digits = ["".join(ch for ch in n if ch.isdigit())[-10:] for n in spans("ID_NUMBER")]
    assert all(date_valid(n) for n in spans("ID_NUMBER"))
    wrong = sum(not luhn_ok(d) for d in digits)
    assert 0.2 <= wrong / len(digits) <= 0.6


@pytest.mark.parametrize("style", PNR_STYLES)
def test_personnummer_styles_are_date_valid_and_bad_means_a_wrong_check_digit(style: str) -> None:
    ids = Ids(random.Random(style))
    for flags in ([], ["snr"], ["young"]):
        for _ in range(20):
            good, bad = ids.pnr([style, *flags]), ids.pnr([style, *flags, "bad"])
            for number, ok in ((good, True), (bad, False)):
                assert date_valid(number), number
                assert luhn_ok("".join(c for c in number if c.isdigit())[-10:]) is ok, number


RESERVED = re.compile(  # PTS test numbers, Ofcom drama numbers, US 555-01xx
    r"07017406(0[5-9]|[1-9]\d)|08465004\d\d|03139006\d\d|04062804\d\d|09803192\d\d"
    r"|07700900\d{3}|120255501\d\d")


def national(number: str) -> str:
    number = number.replace("(0)", "")  # +46 (0)70-... : the trunk zero written in brackets
    digits = re.sub(r"\D", "", number)
    for prefix in ("0046", "46", "44"):
        if number.lstrip("+").startswith(prefix):
            return "0" + digits[len(prefix):]
    return digits


def test_phones_in_the_corpus_and_from_every_style_are_numbers_kept_for_fiction() -> None:
    ids = Ids(random.Random(7))
    made = [ids.phone([style]) for style in PHONE_STYLES for _ in range(20)]
    for number in made + spans("PHONE"):
        assert RESERVED.fullmatch(national(number)), number


def test_ibans_emails_and_ips_are_valid_and_reserved() -> None:
    for text in spans("IBAN"):
        assert iban_ok(text), text
    for text in spans("BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{4}(-\d)?,? \d{3} \d{3} \d{3}-\d", text), text
    for text in spans("EMAIL"):
        assert re.search(r"@([\w.-]+\.)?(example\.(com|org|net)|example)$", text), text
    for text in spans("IP"):
        assert re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|2001:db8:", text), text


def test_organisation_numbers_are_luhn_valid_but_never_a_date() -> None:
    ids = Ids(random.Random(3))
    for _ in range(50):
        number = ids.org(["flat"])
        assert luhn_ok(number) and int(number[2:4]) >= 20 and not date_valid(number), number


def test_the_split_is_about_half_and_the_corpus_is_the_size_the_readme_gives() -> None:
    dev, holdout = cases("dev"), cases("holdout")
    assert 0.4 <= len(dev) / (len(dev) + len(holdout)) <= 0.6
    assert not {c["id"] for c in dev} & {c["id"] for c in holdout}
    assert len(dev) + len(holdout) >= 150
    assert sum(len(c["entities"]) for c in dev + holdout) >= 700
    assert sum(negative_occurrences(c) for c in dev + holdout) >= 1000


def negative_occurrences(case: dict[str, Any]) -> int:
    """Hard negatives as the scorer counts them: every occurrence outside a gold span."""
    gold = [(e["start"], e["end"]) for e in case["entities"]]
    return sum(1 for neg in case["negatives"] for m in re.finditer(re.escape(neg), case["text"])
               if not any(a < m.end() and m.start() < b for a, b in gold))


def test_the_benchmark_scores_both_halves_and_never_shows_the_holdout_misses() -> None:
    sys.path.insert(0, str(FIFTH.parents[3] / "bench" / "pii"))
    import corpora

    assert corpora.resolve("fifth-dev")[1] == FIFTH / "dev.jsonl"
    assert corpora.resolve("fifth-holdout")[1] == FIFTH / "holdout.jsonl"
    assert "fifth-holdout" in corpora.NEVER_SHOWN and "fifth-dev" not in corpora.NEVER_SHOWN
    listed = (FIFTH / "drug_names.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert listed and set(listed) <= corpora.drug_names()
