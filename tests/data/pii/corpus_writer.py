"""Writes an annotated corpus (fresh, fourth, fifth) from its hand-written cases and templates.

A corpus folder holds `handwritten.txt` (cases written one by one, each under a header
`### hw-NNN | voice | lang`; lines starting with `%%` are comments) and templates (situations
drawn `draws` times). Its `write_<name>.py` states only what is its own (`Corpus`: seed,
languages, split rule, templates, number and name generators) and calls `main`. Here every
«generated» value is expanded with a Random seeded from the seed and the case id, the inline
marks are stripped by the fresh corpus's parser (`fresh/fresh_case.py`: the same marks and
checks, so the scorer reads all corpora alike) and `dev.jsonl`, `holdout.jsonl` and
`drug_names.txt` are written. Deterministic: the same sources always give the same files, and
adding a case changes no other.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

sys.path.insert(0, str(Path(__file__).resolve().parent / "fresh"))

from fresh_case import Case, Maker, expand, parse

Template = tuple[str, str, str, str]  # family, voice, lang, marked text
Built = tuple[str, Case, set[str]]  # split, case, drug names among its negatives


class IdMaker(Protocol):
    def make(self, kind: str, args: list[str]) -> str: ...


class NameMaker(Protocol):
    KINDS: tuple[str, ...]

    def name(self, kind: str, args: list[str]) -> str: ...

    def negative(self, args: list[str]) -> str: ...


def odd_number_to_dev(number: int) -> str:
    """Hand-written case number odd -> dev, even -> holdout."""
    return "dev" if number % 2 else "holdout"


def even_position_to_dev(index: int) -> str:
    """Template family at an even position -> dev, odd -> holdout."""
    return "dev" if index % 2 == 0 else "holdout"


@dataclass(frozen=True)
class Corpus:
    """What one corpus's writer states; the rest is common to all."""

    name: str  # "fresh": in the header of drug_names.txt
    folder: Path
    seed: str
    langs: tuple[str, ...]  # a header with another language is no header: the count check fails
    templates: Sequence[Template]
    ids: Callable[[random.Random], IdMaker]
    names: Callable[[random.Random, str], NameMaker]  # (rng, split): that split's half of pools
    negatives: Mapping[str, Sequence[str]]
    drug_pools: tuple[str, ...]  # negative pools that are substances, brands, stamps, streets
    draws: int  # how many times each template is drawn
    case_split: Callable[[int], str] = odd_number_to_dev
    family_split: Callable[[int], str] = even_position_to_dev

    @property
    def header(self) -> re.Pattern[str]:
        langs = "|".join(self.langs)
        return re.compile(rf"^### (hw-(\d{{3}})) \| (\S+) \| ({langs})$", re.MULTILINE)


def maker(corpus: Corpus, rng: random.Random, split: str) -> Maker:
    ids, names = corpus.ids(rng), corpus.names(rng, split)

    def make(kind: str, args: list[str]) -> str:
        if kind in names.KINDS:
            return names.name(kind, args)
        if kind == "neg":
            return names.negative(args)
        if kind == "address":
            return str(names.address(args))  # type: ignore[attr-defined]
        return ids.make(kind, args)

    return make


def one_case(corpus: Corpus, case_id: str, voice: str, lang: str, body: str, split: str) -> Built:
    make = maker(corpus, random.Random(f"{corpus.seed}:{case_id}"), split)
    case, drugs = parse(case_id, voice, lang, expand(body, make))
    return split, case, drugs


def handwritten(corpus: Corpus) -> list[Built]:
    source = (corpus.folder / "handwritten.txt").read_text(encoding="utf-8")
    source = "\n".join(line for line in source.splitlines() if not line.startswith("%%"))
    heads = list(corpus.header.finditer(source))
    out = []
    for head, nxt in zip(heads, [*heads[1:], None], strict=True):
        body = source[head.end():nxt.start() if nxt else len(source)].strip("\n")
        case_id, number, voice, lang = head.groups()
        out.append(one_case(corpus, case_id, voice, lang, body, corpus.case_split(int(number))))
    return out


def templated(corpus: Corpus) -> list[Built]:
    out = []
    for index, (family, voice, lang, body) in enumerate(corpus.templates):
        split = corpus.family_split(index)
        for k in range(corpus.draws):
            out.append(one_case(corpus, f"tpl-{family}-{k}", voice, lang, body, split))
    return out


def build(corpus: Corpus) -> dict[str, str]:
    """File name -> content of every file the writer makes."""
    cases = handwritten(corpus) + templated(corpus)
    seen: set[str] = set()
    for _, case, _ in cases:
        if case.id in seen:
            raise ValueError(f"duplicate case id {case.id}")
        seen.add(case.id)
    files = {}
    for split in ("dev", "holdout"):
        lines = [json.dumps(c.as_json(), ensure_ascii=False) for s, c, _ in cases if s == split]
        files[f"{split}.jsonl"] = "\n".join(lines) + "\n"
    drugs = {d for _, _, ds in cases for d in ds}
    drugs |= {d for pool in corpus.drug_pools for d in corpus.negatives[pool]}
    files["drug_names.txt"] = (f"# Substances, medicine brands, street names and pill stamps of "
                               f"the {corpus.name} corpus\n"
                               + "\n".join(sorted({d.lower() for d in drugs})) + "\n")
    return files


def main(corpus: Corpus) -> int:
    """`python write_<name>.py [OUT_DIR]`: writes the files into OUT_DIR, else the folder."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else corpus.folder
    for name, content in build(corpus).items():
        (out / name).write_text(content, encoding="utf-8")
    return 0
