"""Writes the fifth corpus: `python tests/data/pii/fifth/write_fifth.py [OUT_DIR]`.

The fifth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `fifth_templates.py` situation,
numbers from `fifth_ids.py` (the fourth corpus's generator with more shapes) and names and
hard negatives from `fifth_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus_writer import Corpus, main  # noqa: E402
from fifth_ids import Ids  # noqa: E402
from fifth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from fifth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="fifth", folder=HERE, seed="vsn-fifth-2026-12-03",
                langs=("sv", "en", "fi", "mixed"), templates=TEMPLATES, ids=Ids, names=Names,
                negatives=NEGATIVES, drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
