"""Writes the seventh corpus: `python tests/data/pii/seventh/write_seventh.py [OUT_DIR]`.

The seventh corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `seventh_templates.py` situation,
numbers from `seventh_ids.py` (the fifth corpus's generator plus a few kinds) and names and
hard negatives from `seventh_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from seventh_ids import Ids  # noqa: E402
from seventh_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from seventh_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="seventh", folder=HERE, seed="vsn-seventh-2026-12-04",
                langs=("sv", "en", "no", "da", "fi-sv", "mixed"), templates=TEMPLATES, ids=Ids,
                names=Names, negatives=NEGATIVES, drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
