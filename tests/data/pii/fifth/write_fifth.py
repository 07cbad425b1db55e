"""Writes the fifth corpus: `python tests/data/pii/fifth/write_fifth.py [OUT_DIR]`.

Reads `handwritten.txt` (cases written one by one) and `fifth_templates.py` (situations drawn
DRAWS times), expands the «generated» values with a Random seeded from SEED and the case id,
strips the inline marks with the fresh corpus's parser (the same marks and checks, so the
scorer reads all corpora alike) and writes `dev.jsonl`, `holdout.jsonl` and `drug_names.txt`.
Deterministic: the same sources give the same files, and adding a case changes no other.

The split (README.md): hand-written case number odd -> dev, even -> holdout; template family
at an even position -> dev, odd -> holdout, with names and negatives from that split's half of
every pool.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "fresh"))

from fifth_ids import Ids  # noqa: E402
from fifth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from fifth_templates import TEMPLATES  # noqa: E402
from fresh_case import Case, Maker, expand, parse  # noqa: E402

SEED = "vsn-fifth-2026-12-03"
DRAWS = 4
HEADER = re.compile(r"^### (hw-(\d{3})) \| (\S+) \| (sv|en|fi|mixed)$", re.MULTILINE)
Built = tuple[str, Case, set[str]]


def maker(rng: random.Random, split: str) -> Maker:
    ids, names = Ids(rng), Names(rng, split)

    def make(kind: str, args: list[str]) -> str:
        if kind in Names.KINDS:
            return names.name(kind, args)
        if kind == "neg":
            return names.negative(args)
        if kind == "address":
            return names.address(args)
        return ids.make(kind, args)

    return make


def handwritten(path: Path = HERE / "handwritten.txt") -> list[Built]:
    source = path.read_text(encoding="utf-8")
    source = "\n".join(line for line in source.splitlines() if not line.startswith("%%"))
    heads = list(HEADER.finditer(source))
    out = []
    for head, nxt in zip(heads, [*heads[1:], None], strict=True):
        body = source[head.end():nxt.start() if nxt else len(source)].strip("\n")
        case_id, number, voice, lang = head.groups()
        split = "dev" if int(number) % 2 else "holdout"
        make = maker(random.Random(f"{SEED}:{case_id}"), split)
        case, drugs = parse(case_id, voice, lang, expand(body, make))
        out.append((split, case, drugs))
    return out


def templated() -> list[Built]:
    out = []
    for index, (family, voice, lang, body) in enumerate(TEMPLATES):
        split = "dev" if index % 2 == 0 else "holdout"
        for k in range(DRAWS):
            case_id = f"tpl-{family}-{k}"
            make = maker(random.Random(f"{SEED}:{case_id}"), split)
            case, drugs = parse(case_id, voice, lang, expand(body, make))
            out.append((split, case, drugs))
    return out


def build() -> dict[str, str]:
    """File name -> content of every file the writer makes."""
    cases = handwritten() + templated()
    ids = [case.id for _, case, _ in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case id")
    files = {}
    for split in ("dev", "holdout"):
        lines = [json.dumps(c.as_json(), ensure_ascii=False) for s, c, _ in cases if s == split]
        files[f"{split}.jsonl"] = "\n".join(lines) + "\n"
    drugs = {d for _, _, ds in cases for d in ds}
    drugs |= {d for pool in DRUG_POOLS for d in NEGATIVES[pool]}
    files["drug_names.txt"] = ("# Substances, medicine brands, street names and pill stamps of "
                               "the fifth corpus\n"
                               + "\n".join(sorted({d.lower() for d in drugs})) + "\n")
    return files


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for name, content in build().items():
        (out / name).write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
