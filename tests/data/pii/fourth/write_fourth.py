"""Writes the fourth corpus: `python tests/data/pii/fourth/write_fourth.py [OUT_DIR]`.

Only what is the fourth corpus's own is here; `../corpus_writer.py` (shared with the fresh and
fifth corpora) reads `handwritten.txt`, draws each situation of `fourth_templates.py` DRAWS
times and writes `dev.jsonl`, `holdout.jsonl` and `drug_names.txt`. Numbers come from
`fourth_ids.py`, names and hard negatives from `fourth_pools.py`. Cases are in Swedish,
English or Finnish, or mixed; the split is the shared one that README.md describes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus_writer import Corpus, main  # noqa: E402
from fourth_ids import Ids  # noqa: E402
from fourth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from fourth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="fourth", folder=HERE, seed="vsn-fourth-2026-12-03",
                langs=("sv", "en", "fi", "mixed"), templates=TEMPLATES, ids=Ids, names=Names,
                negatives=NEGATIVES, drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
