"""Writes dev.jsonl and holdout.jsonl of the unseen personal-data corpus (deterministic).

    python tests/data/pii/unseen/write_unseen.py

Templates (unseen_templates.py) and hand-written cases (handwritten.txt) carry marks around
identifiers and hard negatives; offsets come from unseen_case.parse, never from a hand. Template
families, name pools and hard-negative pools are split 40/60, so holdout texts use situations,
names and most negatives that dev does not show. Every case is validated before it is written.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import unseen_pools as pools  # noqa: E402
from unseen_case import TYPES, Case, parse, readable  # noqa: E402
from unseen_templates import TEMPLATES, tail  # noqa: E402

SEED = 20261203
PER_TEMPLATE = 5
DEV_SHARE = 0.4
TAIL_SHARE = 0.7
DROPPED: list[tuple[str, str]] = []  # negatives inside a longer word: not scored
NEG_POOLS = {"substance": pools.SUBSTANCES, "street": pools.STREET_NAMES, "brand": pools.BRANDS,
             "stamp": pools.PILL_STAMPS, "event": pools.EVENTS, "muni": pools.MUNICIPALITIES,
             "region": pools.REGIONS, "agency": pools.AGENCIES, "place": pools.PLACES,
             "weekday": pools.WEEKDAYS, "month": pools.MONTHS, "car": pools.CARS,
             "nick": pools.NICKNAMES, "weekday_en": pools.WEEKDAYS_EN,
             "month_en": pools.MONTHS_EN, "slang": sorted(pools.SLANG),
             "name_brand": pools.NAME_BRANDS, "named_place": pools.NAMED_PLACES,
             "named_event": pools.NAMED_EVENTS, "named_org": pools.NAMED_ORGS,
             "incident": pools.INCIDENT_DATES}


def split_pool(items: list[str], split: str, rng: random.Random) -> list[str]:
    shuffled = sorted(items)
    rng.shuffle(shuffled)
    cut = max(2, round(len(shuffled) * DEV_SHARE))
    return shuffled[:cut] if split == "dev" else shuffled[cut:]


def case_for(split: str, rng: random.Random) -> Case:
    pool_rng = random.Random(SEED)  # the same cut for every case of a split
    negs = {k: split_pool(v, split, pool_rng) for k, v in NEG_POOLS.items()}
    names = {origin: (split_pool(m, split, pool_rng), split_pool(f, split, pool_rng),
                      split_pool(last, split, pool_rng))
             for origin, (m, f, last) in pools.NAMES.items()}
    return Case(rng, negs, names)


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def finish(cid: str, voice: str, lang: str, marked: str) -> dict[str, Any]:
    """Parses marks, drops negatives that a fair scanner could not leave alone, validates."""
    text, entities, negatives = parse(marked)
    name_words = {w.lower() for e in entities if e["type"] == "PERSON"
                  for w in re.findall(r"\w+", text[e["start"]:e["end"]])}
    gold = [(e["start"], e["end"]) for e in entities]
    kept = []
    for neg in negatives:
        spots = [m.start() for m in re.finditer(re.escape(neg), text)]
        free = [s for s in spots if not any(s < e and a < s + len(neg) for a, e in gold)]
        if neg.lower() in name_words or not free:
            continue  # the same word names a person here: masking it everywhere is right
        if all(_bounded(text, s, s + len(neg)) for s in free):
            kept.append(neg)
        else:
            DROPPED.append((cid, neg))
    case = {"id": cid, "voice": voice, "lang": lang, "text": text, "entities": entities,
            "negatives": kept, "quasi": []}
    validate(case)
    return case


def validate(case: dict[str, Any]) -> None:
    text, ents = case["text"], case["entities"]
    assert not re.search(r"[\x01-\x05]|<<|\[\[|\{\{", text), (case["id"], "mark left in text")
    for e in ents:
        assert e["type"] in TYPES, (case["id"], e)
        value = text[e["start"]:e["end"]]
        assert value and value == value.strip(), (case["id"], e, value)
        if e["type"] == "ID_NUMBER":
            assert re.fullmatch(r"(\d\d)?\d{6}[-+ ]?\d{4}", value), (case["id"], value)
    spans = sorted((e["start"], e["end"]) for e in ents)
    for (_, a1), (b0, _) in itertools.pairwise(spans):
        assert a1 <= b0, (case["id"], "overlapping entities")
    for neg in case["negatives"]:
        assert neg in text, (case["id"], neg)


def generated(token: str, c: Case) -> str:
    """One <<generator args>> of a hand-written case, as a marked identifier or negative."""
    kind, *args = token.split()
    if kind == "pnr":
        return c.pnr(args[0].replace("_", " "), args[1] == "valid", "coord" in args[2:])
    makers: dict[str, Callable[[], str]] = {
        "mobile": lambda: c.phone(), "landline": lambda: c.phone("landline"),
        "foreign": lambda: c.phone("foreign"), "account": c.account, "plate": c.plate,
        "ip": c.ip, "org": c.org, "dnr": c.dnr, "iban": lambda: c.iban(*args)}
    return makers[kind]()


def _expand(match: re.Match[str], c: Case) -> str:
    return generated(match[1], c)


def handwritten() -> list[tuple[str, str, str, str, str]]:
    """(split, id, voice, lang, marked text) from handwritten.txt."""
    out = []
    blocks = re.split(r"^=== ", (HERE / "handwritten.txt").read_text(encoding="utf-8"), flags=re.M)
    for block in blocks[1:]:
        head, _, body = block.partition("\n")
        name, voice, lang, split = (part.strip() for part in head.split("|"))
        c = case_for(split, random.Random(f"{SEED}-{name}"))
        marked = re.sub(r"<<(.+?)>>", partial(_expand, c=c), readable(body.strip()))
        out.append((split, name, voice, lang, marked))
    return out


def build() -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(SEED)
    out: dict[str, list[dict[str, Any]]] = {"dev": [], "holdout": []}
    for i, template in enumerate(TEMPLATES):
        split = "dev" if i % 5 in (0, 2) else "holdout"
        for n in range(PER_TEMPLATE):
            case = case_for(split, rng)
            voice, lang, marked = template(case)
            if rng.random() < TAIL_SHARE:
                marked += tail(case, lang)
            cid = f"unseen-{split}-{template.__name__}-{n}"
            out[split].append(finish(cid, voice, lang, marked))
    for split, name, voice, lang, marked in handwritten():
        out[split].append(finish(f"unseen-{split}-hand-{name}", voice, lang, marked))
    ids = [c["id"] for cases in out.values() for c in cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def write_drug_names() -> None:
    """The substance and medicine names among the hard negatives, for bench/pii's report."""
    names = sorted({*pools.SUBSTANCES, *pools.STREET_NAMES, *pools.BRANDS, *pools.PILL_STAMPS,
                    *pools.HAND_DRUGS, *pools.SLANG, *pools.SLANG.values(), *pools.NAME_BRANDS},
                   key=str.lower)
    head = "# Substances, street names, medicine brands, pill stamps (from write_unseen.py)\n"
    (HERE / "drug_names.txt").write_text(head + "\n".join(names) + "\n", encoding="utf-8")


def main() -> None:
    write_drug_names()
    for split, cases in build().items():
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for case in cases:
                f.write(json.dumps(case, ensure_ascii=False) + "\n")
        n_ent = sum(len(c["entities"]) for c in cases)
        n_neg = sum(len(c["negatives"]) for c in cases)
        print(f"{split}: {len(cases)} texts, {n_ent} identifiers, {n_neg} hard negatives")
    for cid, neg in DROPPED:
        print(f"dropped negative {neg!r} in {cid}: it also occurs inside a longer word")


if __name__ == "__main__":
    main()
