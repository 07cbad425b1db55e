"""The fresh personal-data corpus (tests/data/pii/fresh): its files are what the writer makes,
every span is one the scorer can read, and its made-up numbers check out as intended."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest

FRESH = Path(__file__).resolve().parents[1] / "data" / "pii" / "fresh"
sys.path.insert(0, str(FRESH))

import write_fresh  # noqa: E402
from fresh_case import TYPES, date_valid, expand, parse  # noqa: E402
from fresh_ids import Ids, iban_ok, luhn_ok  # noqa: E402

SPLITS = ("dev", "holdout")


def cases(split: str) -> list[dict[str, Any]]:
    lines = (FRESH / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def all_cases() -> list[dict[str, Any]]:
    return [c for split in SPLITS for c in cases(split)]


def test_files_equal_a_fresh_run_of_the_writer() -> None:
    for name, content in write_fresh.build().items():
        assert (FRESH / name).read_text(encoding="utf-8") == content, f"rerun write_fresh: {name}"


def test_every_span_is_inside_its_text_of_a_known_type_and_not_padded() -> None:
    for case in all_cases():
        spans = sorted(case["entities"] + case["quasi"], key=lambda e: e["start"])
        end = 0
        for ent in spans:
            text = case["text"][ent["start"]:ent["end"]]
            assert ent["type"] in (*TYPES, "QUASI"), case["id"]
            assert 0 <= ent["start"] < ent["end"] <= len(case["text"]), case["id"]
            assert text == text.strip() and ent["start"] >= end, (case["id"], text)
            end = ent["end"]


def test_every_id_number_is_date_valid_and_both_checksums_occur() -> None:
    numbers = [c["text"][e["start"]:e["end"]] for c in all_cases() for e in c["entities"]
               if e["type"] == "ID_NUMBER"]
    assert all(date_valid(n) for n in numbers)
    digits = ["".join(ch for ch in n if ch.isdigit())[-10:] for n in numbers]
    assert any(luhn_ok(d) for d in digits) and any(not luhn_ok(d) for d in digits)


def test_every_negative_stands_in_its_text_as_a_whole_word_outside_the_identifiers() -> None:
    for case in all_cases():
        gold = [(e["start"], e["end"]) for e in case["entities"]]
        for neg in case["negatives"]:
            starts = [m.start() for m in re.finditer(re.escape(neg), case["text"])]
            assert starts, (case["id"], neg)
            free = [s for s in starts if not any(a < s + len(neg) and s < b for a, b in gold)]
            assert free, (case["id"], neg)


def test_ibans_and_emails_are_valid_and_mails_at_reserved_example_domains() -> None:
    for case in all_cases():
        for ent in case["entities"]:
            text = case["text"][ent["start"]:ent["end"]]
            if ent["type"] == "IBAN":
                assert iban_ok(text), text
            if ent["type"] == "EMAIL":
                assert re.search(r"@([\w.-]+\.)?(example\.(com|org|net)|example)$", text), text


RESERVED = re.compile(  # PTS test numbers, Ofcom drama numbers, US 555-01xx
    r"07017406\d\d|08465004\d\d|03139006\d\d|04062804\d\d|09803192\d\d"
    r"|07700900\d{3}|02079460\d{3}|120255501\d\d")


def national(number: str) -> str:
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    for prefix in ("0046", "46", "0044", "44"):
        if number.lstrip("+").startswith(prefix):
            return "0" + digits[len(prefix):]
    return digits


def test_generated_phones_are_reserved_test_numbers() -> None:
    ids = Ids(random.Random(1))
    for style in ("mob", "mobc", "mobsp", "intl", "intlc", "0046", "mobdash", "mobdot",
                  "mobflat", "intlparen", "mobpairs", "mobnl", "mobodd", "land", "landc",
                  "landintl", "uk", "ukintl", "ukland", "us", "any"):
        for _ in range(20):
            number = ids.phone([style])
            assert RESERVED.fullmatch(national(number)), (style, number)
            if national(number).startswith("070"):
                assert int(national(number)[-2:]) >= 5, number


@pytest.mark.parametrize("style", ["12-", "12", "10-", "10", "10+", "12sp", "12dash", "10dash",
                                   "10dot", "12nl", "10spdash", "10sp", "12dot", "12odd",
                                   "10slash", "any"])
def test_personnummer_styles_are_date_valid_and_bad_means_a_wrong_check_digit(style: str) -> None:
    ids = Ids(random.Random(style))
    for flags in ([], ["snr"]):
        good, bad = ids.pnr([style, *flags]), ids.pnr([style, *flags, "bad"])
        for number, ok in ((good, True), (bad, False)):
            assert date_valid(number), number
            assert luhn_ok("".join(c for c in number if c.isdigit())[-10:]) is ok, number


def test_organisation_numbers_are_luhn_valid_but_never_a_date() -> None:
    ids = Ids(random.Random(3))
    for _ in range(50):
        number = ids.org(["flat"])
        assert luhn_ok(number) and int(number[2:4]) >= 20, number


def test_marks_become_offsets_and_generated_values_repeat_by_label() -> None:
    marked = expand("Ring [[PERSON:Aino Mäkinen]] på [[PHONE:«phone mob #p»]] ({{drug:Xanax}})."
                    " Igen: «#p».", lambda kind, args: Ids(random.Random(5)).make(kind, args))
    case, drugs = parse("t", "v", "sv", marked)
    phone = case.entities[1]
    assert case.text[case.entities[0]["start"]:case.entities[0]["end"]] == "Aino Mäkinen"
    assert case.text.endswith(case.text[phone["start"]:phone["end"]] + ".")
    assert case.negatives == ["Xanax"] and drugs == {"Xanax"}


def test_the_split_is_about_half_and_the_corpus_is_the_size_the_readme_gives() -> None:
    dev, holdout = cases("dev"), cases("holdout")
    total = len(dev) + len(holdout)
    assert 0.4 <= len(dev) / total <= 0.6
    assert not {c["id"] for c in dev} & {c["id"] for c in holdout}
    assert total >= 120
    assert sum(len(c["entities"]) for c in dev + holdout) >= 250


def test_the_benchmark_scores_both_halves_and_never_shows_the_holdout_misses() -> None:
    sys.path.insert(0, str(FRESH.parents[3] / "bench" / "pii"))
    import corpora

    assert corpora.resolve("fresh-dev")[1] == FRESH / "dev.jsonl"
    assert corpora.resolve("fresh-holdout")[1] == FRESH / "holdout.jsonl"
    assert "fresh-holdout" in corpora.NEVER_SHOWN and "fresh-dev" not in corpora.NEVER_SHOWN
    listed = (FRESH / "drug_names.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert set(listed) <= corpora.drug_names()
