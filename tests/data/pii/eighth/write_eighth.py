"""Writes the eighth corpus: `python tests/data/pii/eighth/write_eighth.py [OUT_DIR]`.

The eighth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `eighth_templates.py` situation,
numbers from `eighth_ids.py` (the seventh corpus's generator plus two date styles) and names
and hard negatives from `eighth_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "seventh"),
                str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from eighth_ids import Ids  # noqa: E402
from eighth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from eighth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="eighth", folder=HERE, seed="vsn-eighth-2026-12-04",
                langs=("sv", "en", "no", "da", "fi-sv", "mixed"), templates=TEMPLATES, ids=Ids,
                names=Names, negatives=NEGATIVES, drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
