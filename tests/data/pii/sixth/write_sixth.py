"""Writes the sixth corpus: `python tests/data/pii/sixth/write_sixth.py [OUT_DIR]`.

The sixth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `sixth_templates.py` situation,
numbers from `sixth_ids.py` (the fifth corpus's generator with more shapes) and names and
hard negatives from `sixth_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus_writer import Corpus, main  # noqa: E402
from sixth_ids import Ids  # noqa: E402
from sixth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from sixth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="sixth", folder=HERE, seed="vsn-sixth-2026-12-04",
                langs=("sv", "en", "mixed"), templates=TEMPLATES, ids=Ids, names=Names,
                negatives=NEGATIVES, drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
