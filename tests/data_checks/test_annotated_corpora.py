"""The annotated personal-data corpora (tests/data/pii/fresh, fourth, ... thirty-fourth): their
files are what the shared writer makes, the cases parse into spans the scorer can read, and
their made-up numbers check out as intended. What differs between corpora is in SPECS."""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

PII = Path(__file__).resolve().parents[1] / "data" / "pii"
sys.path[:0] = [str(PII / "fresh"), str(PII / "fourth"), str(PII / "fifth"), str(PII / "sixth"),
               str(PII / "seventh"), str(PII / "eighth"), str(PII / "ninth"),
               str(PII / "tenth"), str(PII / "eleventh"), str(PII / "twelfth"),
               str(PII / "thirteenth"), str(PII / "fourteenth"), str(PII / "fifteenth"),
               str(PII / "sixteenth"), str(PII / "seventeenth"), str(PII / "eighteenth"),
               str(PII / "nineteenth"), str(PII / "twentieth"), str(PII / "twentyfirst"),
               str(PII / "twentysecond"), str(PII / "twentythird"), str(PII / "twentyfourth"),
               str(PII / "twentyfifth"), str(PII / "twentysixth"),
               str(PII / "twentyseventh"), str(PII / "twentyeighth"),
               str(PII / "twentyninth"), str(PII / "thirtieth"),
               str(PII / "thirtyfirst"), str(PII / "thirtysecond"),
               str(PII / "thirtythird"), str(PII / "thirtyfourth"), str(PII)]

import corpus_writer  # noqa: E402
import eighteenth_ids  # noqa: E402
import eighth_ids  # noqa: E402
import eleventh_ids  # noqa: E402
import fifteenth_ids  # noqa: E402
import fifth_ids  # noqa: E402
import fourteenth_ids  # noqa: E402
import fourth_ids  # noqa: E402
import fresh_ids  # noqa: E402
import nineteenth_ids  # noqa: E402
import ninth_ids  # noqa: E402
import seventeenth_ids  # noqa: E402
import seventh_ids  # noqa: E402
import sixteenth_ids  # noqa: E402
import sixth_ids  # noqa: E402
import tenth_ids  # noqa: E402
import thirteenth_ids  # noqa: E402
import thirtieth_ids  # noqa: E402
import thirtyfirst_ids  # noqa: E402
import thirtyfourth_ids  # noqa: E402
import thirtysecond_ids  # noqa: E402
import thirtythird_ids  # noqa: E402
import twelfth_ids  # noqa: E402
import twentieth_ids  # noqa: E402
import twentyeighth_ids  # noqa: E402
import twentyfifth_ids  # noqa: E402
import twentyfirst_ids  # noqa: E402
import twentyfourth_ids  # noqa: E402
import twentyninth_ids  # noqa: E402
import twentysecond_ids  # noqa: E402
import twentyseventh_ids  # noqa: E402
import twentysixth_ids  # noqa: E402
import twentythird_ids  # noqa: E402
import write_eighteenth  # noqa: E402
import write_eighth  # noqa: E402
import write_eleventh  # noqa: E402
import write_fifteenth  # noqa: E402
import write_fifth  # noqa: E402
import write_fourteenth  # noqa: E402
import write_fourth  # noqa: E402
import write_fresh  # noqa: E402
import write_nineteenth  # noqa: E402
import write_ninth  # noqa: E402
import write_seventeenth  # noqa: E402
import write_seventh  # noqa: E402
import write_sixteenth  # noqa: E402
import write_sixth  # noqa: E402
import write_tenth  # noqa: E402
import write_thirteenth  # noqa: E402
import write_thirtieth  # noqa: E402
import write_thirtyfirst  # noqa: E402
import write_thirtyfourth  # noqa: E402
import write_thirtysecond  # noqa: E402
import write_thirtythird  # noqa: E402
import write_twelfth  # noqa: E402
import write_twentieth  # noqa: E402
import write_twentyeighth  # noqa: E402
import write_twentyfifth  # noqa: E402
import write_twentyfirst  # noqa: E402
import write_twentyfourth  # noqa: E402
import write_twentyninth  # noqa: E402
import write_twentysecond  # noqa: E402
import write_twentyseventh  # noqa: E402
import write_twentysixth  # noqa: E402
import write_twentythird  # noqa: E402
from corpus_writer import Corpus  # noqa: E402
from fresh_case import TYPES, date_valid, expand, parse  # noqa: E402

SPLITS = ("dev", "holdout")
# the fresh corpus's number generator names its styles in its docstrings, not in a table
FRESH_PNR = ("12-", "12", "10-", "10", "10+", "12sp", "12dash", "10dash", "10dot", "12nl",
             "10spdash", "10sp", "12dot", "12odd", "10slash", "any")
FRESH_PHONES = ("mob", "mobc", "mobsp", "intl", "intlc", "0046", "mobdash", "mobdot", "mobflat",
                "intlparen", "mobpairs", "mobnl", "mobodd", "land", "landc", "landintl", "uk",
                "ukintl", "ukland", "us", "any")
BANK_ACCOUNT = r"\d{4}(-\d)?,? \d{3} \d{3} \d{3}-\d"
DOCUMENTATION_IP = r"(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|2001:db8:"  # RFC 5737, 3849
PRIVATE_IP = r"(10|192\.168|172\.(1[6-9]|2\d|3[01]))\.[\d.]+$"  # RFC 1918


@dataclass(frozen=True)
class Spec:
    corpus: Corpus
    ids: ModuleType  # Ids, luhn_ok, iban_ok
    pnr_styles: tuple[str, ...]
    phone_styles: tuple[str, ...]
    wrong_check_digits: tuple[float, float]  # share of ID_NUMBERs with a wrong check digit
    min_cases: int
    min_entities: int
    min_negative_occurrences: int = 0
    iban_may_be_account: bool = False  # the fourth marks some bank accounts as IBAN
    checks_bank_accounts: bool = False
    ip: str = DOCUMENTATION_IP

    @property
    def name(self) -> str:
        return self.corpus.name

    @property
    def folder(self) -> Path:
        return self.corpus.folder


SPECS = [
    Spec(write_fresh.CORPUS, fresh_ids, FRESH_PNR, FRESH_PHONES, (0.0, 1.0), 120, 250,
         ip=f"{DOCUMENTATION_IP}|{PRIVATE_IP}"),
    Spec(write_fourth.CORPUS, fourth_ids, fourth_ids.PNR_STYLES, fourth_ids.PHONE_STYLES,
         (0.2, 0.6), 150, 700, iban_may_be_account=True),
    Spec(write_fifth.CORPUS, fifth_ids, fifth_ids.PNR_STYLES, fifth_ids.PHONE_STYLES,
         (0.2, 0.6), 150, 700, min_negative_occurrences=1000, checks_bank_accounts=True),
    Spec(write_sixth.CORPUS, sixth_ids, sixth_ids.PNR_STYLES, sixth_ids.PHONE_STYLES,
         (0.2, 0.6), 150, 700, min_negative_occurrences=400, checks_bank_accounts=True),
    Spec(write_seventh.CORPUS, seventh_ids, seventh_ids.PNR_STYLES, seventh_ids.PHONE_STYLES,
         (0.2, 0.6), 190, 850, min_negative_occurrences=2300, checks_bank_accounts=True),
    Spec(write_eighth.CORPUS, eighth_ids, eighth_ids.PNR_STYLES, eighth_ids.PHONE_STYLES,
         (0.2, 0.6), 250, 850, min_negative_occurrences=2200, checks_bank_accounts=True),
    Spec(write_ninth.CORPUS, ninth_ids, ninth_ids.PNR_STYLES, ninth_ids.PHONE_STYLES,
         (0.2, 0.6), 250, 850, min_negative_occurrences=2200, checks_bank_accounts=True),
    Spec(write_tenth.CORPUS, tenth_ids, tenth_ids.PNR_STYLES, tenth_ids.PHONE_STYLES,
         (0.2, 0.6), 300, 1000, min_negative_occurrences=2100, checks_bank_accounts=True),
    Spec(write_eleventh.CORPUS, eleventh_ids, eleventh_ids.PNR_STYLES, eleventh_ids.PHONE_STYLES,
         (0.2, 0.6), 180, 750, min_negative_occurrences=1000, checks_bank_accounts=True),
    Spec(write_twelfth.CORPUS, twelfth_ids, twelfth_ids.PNR_STYLES, twelfth_ids.PHONE_STYLES,
         (0.2, 0.6), 200, 900, min_negative_occurrences=1300, checks_bank_accounts=True),
    Spec(write_thirteenth.CORPUS, thirteenth_ids, thirteenth_ids.PNR_STYLES,
         thirteenth_ids.PHONE_STYLES, (0.2, 0.6), 150, 600, min_negative_occurrences=600,
         checks_bank_accounts=True),
    Spec(write_fourteenth.CORPUS, fourteenth_ids, fourteenth_ids.PNR_STYLES,
         fourteenth_ids.PHONE_STYLES, (0.2, 0.6), 200, 1000, min_negative_occurrences=1000,
         checks_bank_accounts=True),
    Spec(write_fifteenth.CORPUS, fifteenth_ids, fifteenth_ids.PNR_STYLES,
         fifteenth_ids.PHONE_STYLES, (0.2, 0.6), 250, 1100, min_negative_occurrences=1000,
         checks_bank_accounts=True),
    Spec(write_sixteenth.CORPUS, sixteenth_ids, sixteenth_ids.PNR_STYLES,
         sixteenth_ids.PHONE_STYLES, (0.2, 0.6), 250, 900, min_negative_occurrences=1200,
         checks_bank_accounts=True),
    Spec(write_seventeenth.CORPUS, seventeenth_ids, seventeenth_ids.PNR_STYLES,
         seventeenth_ids.PHONE_STYLES, (0.2, 0.6), 200, 900, min_negative_occurrences=900,
         checks_bank_accounts=True),
    Spec(write_eighteenth.CORPUS, eighteenth_ids, eighteenth_ids.PNR_STYLES,
         eighteenth_ids.PHONE_STYLES, (0.2, 0.6), 200, 900, min_negative_occurrences=1200,
         checks_bank_accounts=True),
    Spec(write_nineteenth.CORPUS, nineteenth_ids, nineteenth_ids.PNR_STYLES,
         nineteenth_ids.PHONE_STYLES, (0.2, 0.6), 250, 950, min_negative_occurrences=1250,
         checks_bank_accounts=True),
    Spec(write_twentieth.CORPUS, twentieth_ids, twentieth_ids.PNR_STYLES,
         twentieth_ids.PHONE_STYLES, (0.2, 0.6), 250, 1050, min_negative_occurrences=1300,
         checks_bank_accounts=True),
    Spec(write_twentyfirst.CORPUS, twentyfirst_ids, twentyfirst_ids.PNR_STYLES,
         twentyfirst_ids.PHONE_STYLES, (0.2, 0.6), 150, 600, min_negative_occurrences=600,
         checks_bank_accounts=True),
    Spec(write_twentysecond.CORPUS, twentysecond_ids, twentysecond_ids.PNR_STYLES,
         twentysecond_ids.PHONE_STYLES, (0.2, 0.6), 230, 1100, min_negative_occurrences=1800,
         checks_bank_accounts=True),
    Spec(write_twentythird.CORPUS, twentythird_ids, twentythird_ids.PNR_STYLES,
         twentythird_ids.PHONE_STYLES, (0.2, 0.6), 230, 1150, min_negative_occurrences=1700,
         checks_bank_accounts=True),
    Spec(write_twentyfourth.CORPUS, twentyfourth_ids, twentyfourth_ids.PNR_STYLES,
         twentyfourth_ids.PHONE_STYLES, (0.2, 0.6), 250, 1150, min_negative_occurrences=1650,
         checks_bank_accounts=True),
    Spec(write_twentyfifth.CORPUS, twentyfifth_ids, twentyfifth_ids.PNR_STYLES,
         twentyfifth_ids.PHONE_STYLES, (0.2, 0.6), 240, 1000, min_negative_occurrences=1150,
         checks_bank_accounts=True),
    Spec(write_twentysixth.CORPUS, twentysixth_ids, twentysixth_ids.PNR_STYLES,
         twentysixth_ids.PHONE_STYLES, (0.2, 0.6), 230, 1300, min_negative_occurrences=750,
         checks_bank_accounts=True),
    Spec(write_twentyseventh.CORPUS, twentyseventh_ids, twentyseventh_ids.PNR_STYLES,
         twentyseventh_ids.PHONE_STYLES, (0.2, 0.6), 230, 1200, min_negative_occurrences=600,
         checks_bank_accounts=True),
    Spec(write_twentyeighth.CORPUS, twentyeighth_ids, twentyeighth_ids.PNR_STYLES,
         twentyeighth_ids.PHONE_STYLES, (0.2, 0.6), 230, 1300, min_negative_occurrences=650,
         checks_bank_accounts=True),
    Spec(write_twentyninth.CORPUS, twentyninth_ids, twentyninth_ids.PNR_STYLES,
         twentyninth_ids.PHONE_STYLES, (0.2, 0.6), 230, 1250, min_negative_occurrences=500,
         checks_bank_accounts=True),
    Spec(write_thirtieth.CORPUS, thirtieth_ids, thirtieth_ids.PNR_STYLES,
         thirtieth_ids.PHONE_STYLES, (0.2, 0.6), 230, 1150, min_negative_occurrences=500,
         checks_bank_accounts=True),
    Spec(write_thirtyfirst.CORPUS, thirtyfirst_ids, thirtyfirst_ids.PNR_STYLES,
         thirtyfirst_ids.PHONE_STYLES, (0.2, 0.6), 230, 1300, min_negative_occurrences=500,
         checks_bank_accounts=True),
    Spec(write_thirtysecond.CORPUS, thirtysecond_ids, thirtysecond_ids.PNR_STYLES,
         thirtysecond_ids.PHONE_STYLES, (0.2, 0.6), 230, 1200, min_negative_occurrences=450,
         checks_bank_accounts=True),
    Spec(write_thirtythird.CORPUS, thirtythird_ids, thirtythird_ids.PNR_STYLES,
         thirtythird_ids.PHONE_STYLES, (0.2, 0.6), 230, 1150, min_negative_occurrences=450,
         checks_bank_accounts=True),
    Spec(write_thirtyfourth.CORPUS, thirtyfourth_ids, thirtyfourth_ids.PNR_STYLES,
         thirtyfourth_ids.PHONE_STYLES, (0.2, 0.6), 230, 1150, min_negative_occurrences=450,
         checks_bank_accounts=True),
]
each_corpus = pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])


def cases(spec: Spec, split: str) -> list[dict[str, Any]]:
    lines = (spec.folder / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def all_cases(spec: Spec) -> list[dict[str, Any]]:
    return [c for split in SPLITS for c in cases(spec, split)]


def spans(spec: Spec, kind: str) -> list[str]:
    return [c["text"][e["start"]:e["end"]] for c in all_cases(spec) for e in c["entities"]
            if e["type"] == kind]


@each_corpus
def test_files_equal_a_fresh_run_of_the_writer(spec: Spec) -> None:
    for name, content in corpus_writer.build(spec.corpus).items():
        assert (spec.folder / name).read_text(encoding="utf-8") == content, \
            f"rerun write_{spec.name}: {name}"


@each_corpus
def test_every_hand_written_case_parses_and_no_case_is_lost(spec: Spec) -> None:
    source = (spec.folder / "handwritten.txt").read_text(encoding="utf-8")
    headers = spec.corpus.header.findall(source)
    assert len(corpus_writer.handwritten(spec.corpus)) == len(headers) == source.count("\n### ")
    assert {h[0] for h in headers} <= {c["id"] for c in all_cases(spec)}


@each_corpus
def test_every_span_is_inside_its_text_of_a_known_type_and_not_padded(spec: Spec) -> None:
    for case in all_cases(spec):
        end = 0
        for ent in sorted(case["entities"] + case["quasi"], key=lambda e: e["start"]):
            text = case["text"][ent["start"]:ent["end"]]
            assert ent["type"] in (*TYPES, "QUASI"), case["id"]
            assert 0 <= ent["start"] < ent["end"] <= len(case["text"]), case["id"]
            assert text == text.strip() and ent["start"] >= end, (case["id"], text)
            end = ent["end"]


@each_corpus
def test_every_negative_stands_as_a_whole_word_outside_the_identifiers(spec: Spec) -> None:
    for case in all_cases(spec):
        gold = [(e["start"], e["end"]) for e in case["entities"]]
        for neg in case["negatives"]:
            starts = [m.start() for m in re.finditer(re.escape(neg), case["text"])]
            free = [s for s in starts if not any(a < s + len(neg) and s < b for a, b in gold)]
            assert free, (case["id"], neg)


@each_corpus
def test_id_numbers_are_date_valid_with_check_digits_right_and_wrong(spec: Spec) -> None:
    numbers = spans(spec, "ID_NUMBER")
    assert all(date_valid(n) for n in numbers)
    digits = ["".join(ch for ch in n if ch.isdigit())[-10:] for n in numbers]
    wrong = sum(not spec.ids.luhn_ok(d) for d in digits)
    low, high = spec.wrong_check_digits
    assert 0 < wrong < len(digits) and low <= wrong / len(digits) <= high


@pytest.mark.parametrize(("spec", "style"), [(s, style) for s in SPECS for style in s.pnr_styles],
                         ids=[f"{s.name}-{style}" for s in SPECS for style in s.pnr_styles])
def test_personnummer_styles_are_date_valid_and_bad_means_a_wrong_check_digit(
        spec: Spec, style: str) -> None:
    ids = spec.ids.Ids(random.Random(style))
    for flags in ([], ["snr"], ["young"]):
        for _ in range(20):
            good, bad = ids.pnr([style, *flags]), ids.pnr([style, *flags, "bad"])
            for number, ok in ((good, True), (bad, False)):
                assert date_valid(number), number
                assert spec.ids.luhn_ok("".join(c for c in number if c.isdigit())[-10:]) is ok


RESERVED = re.compile(  # PTS test numbers (mobiles 05-99), Ofcom drama numbers, US 555-01xx
    r"07017406(0[5-9]|[1-9]\d)|08465004\d\d|03139006\d\d|04062804\d\d|09803192\d\d"
    r"|07700900\d{3}|02079460\d{3}|120255501\d\d")


def national(number: str) -> str:
    digits = re.sub(r"\D", "", number.replace("(0)", ""))  # +46 (0)70-...: the trunk zero
    for prefix in ("0046", "46", "0044", "44"):
        if number.lstrip("+").startswith(prefix):
            return "0" + digits[len(prefix):]
    return digits


@each_corpus
def test_phones_in_the_corpus_and_from_every_style_are_numbers_kept_for_fiction(
        spec: Spec) -> None:
    ids = spec.ids.Ids(random.Random(7))
    made = [ids.phone([style]) for style in spec.phone_styles for _ in range(20)]
    heard = getattr(spec.ids, "as_written", str)  # spoken or OCR'd shapes (the fifteenth)
    for number in made + spans(spec, "PHONE"):
        assert RESERVED.fullmatch(national(heard(number))), number


@each_corpus
def test_ibans_accounts_emails_and_ips_are_valid_and_reserved(spec: Spec) -> None:
    for text in spans(spec, "IBAN"):
        account = spec.iban_may_be_account and re.fullmatch(BANK_ACCOUNT, text)
        assert spec.ids.iban_ok(text) or account, text
    if spec.checks_bank_accounts:
        for text in spans(spec, "BANK_ACCOUNT"):
            assert re.fullmatch(BANK_ACCOUNT, text), text
    for text in map(getattr(spec.ids, "as_written", str), spans(spec, "EMAIL")):
        assert re.search(r"@([\w.-]+\.)?(example\.(com|org|net)|example)$", text), text
    for text in spans(spec, "IP"):
        assert re.match(spec.ip, text), text


@each_corpus
def test_organisation_numbers_are_luhn_valid_but_never_a_date(spec: Spec) -> None:
    ids = spec.ids.Ids(random.Random(3))
    for _ in range(50):
        number = ids.org(["flat"])
        assert spec.ids.luhn_ok(number) and int(number[2:4]) >= 20, number
        assert not date_valid(number), number


def test_marks_become_offsets_and_generated_values_repeat_by_label() -> None:
    marked = expand("Ring [[PERSON:Aino Mäkinen]] på [[PHONE:«phone mob #p»]] ({{drug:Xanax}})."
                    " Igen: «#p».", lambda kind, args: fresh_ids.Ids(random.Random(5)).make(
                        kind, args))
    case, drugs = parse("t", "v", "sv", marked)
    phone = case.entities[1]
    assert case.text[case.entities[0]["start"]:case.entities[0]["end"]] == "Aino Mäkinen"
    assert case.text.endswith(case.text[phone["start"]:phone["end"]] + ".")
    assert case.negatives == ["Xanax"] and drugs == {"Xanax"}


def negative_occurrences(case: dict[str, Any]) -> int:
    """Hard negatives as the scorer counts them: every occurrence outside a gold span."""
    gold = [(e["start"], e["end"]) for e in case["entities"]]
    return sum(1 for neg in case["negatives"] for m in re.finditer(re.escape(neg), case["text"])
               if not any(a < m.end() and m.start() < b for a, b in gold))


@each_corpus
def test_the_split_is_about_half_and_the_corpus_is_the_size_the_readme_gives(spec: Spec) -> None:
    dev, holdout = cases(spec, "dev"), cases(spec, "holdout")
    assert 0.4 <= len(dev) / (len(dev) + len(holdout)) <= 0.6
    assert not {c["id"] for c in dev} & {c["id"] for c in holdout}
    assert len(dev) + len(holdout) >= spec.min_cases
    assert sum(len(c["entities"]) for c in dev + holdout) >= spec.min_entities
    assert sum(negative_occurrences(c) for c in dev + holdout) >= spec.min_negative_occurrences


@each_corpus
def test_the_benchmark_scores_both_halves_and_never_shows_the_holdout_misses(spec: Spec) -> None:
    sys.path.insert(0, str(PII.parents[2] / "bench" / "pii"))
    import corpora

    name = spec.name
    assert corpora.resolve(f"{name}-dev")[1] == spec.folder / "dev.jsonl"
    assert corpora.resolve(f"{name}-holdout")[1] == spec.folder / "holdout.jsonl"
    assert f"{name}-holdout" in corpora.NEVER_SHOWN and f"{name}-dev" not in corpora.NEVER_SHOWN
    listed = (spec.folder / "drug_names.txt").read_text(encoding="utf-8").splitlines()[1:]
    assert listed and set(listed) <= corpora.drug_names()
