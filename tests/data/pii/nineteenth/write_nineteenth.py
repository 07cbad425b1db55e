"""Writes the nineteenth corpus: `python tests/data/pii/nineteenth/write_nineteenth.py [OUT]`.

The nineteenth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `nineteenth_templates.py` situation,
numbers from `nineteenth_ids.py` (the eighth corpus's generator, unchanged) and names and hard
negatives from `nineteenth_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "eighth"),
                str(HERE.parent / "seventh"), str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from nineteenth_ids import Ids  # noqa: E402
from nineteenth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from nineteenth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="nineteenth", folder=HERE, seed="vsn-nineteenth-2026-12-05",
                langs=("sv", "en", "mixed", "fi-sv", "no", "da"),
                templates=TEMPLATES, ids=Ids, names=Names, negatives=NEGATIVES,
                drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
