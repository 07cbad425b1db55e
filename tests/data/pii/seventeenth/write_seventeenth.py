"""Writes the seventeenth corpus: `python tests/data/pii/seventeenth/write_seventeenth.py [OUT]`.

The seventeenth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `seventeenth_templates.py` situation,
numbers from `seventeenth_ids.py` (the eighth corpus's generator, plus Eastern Arabic and Persian
digits) and names and hard negatives from `seventeenth_pools.py`. Split as in README.md: odd
hand-written numbers and templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "eighth"),
                str(HERE.parent / "seventh"), str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from seventeenth_ids import Ids  # noqa: E402
from seventeenth_pools import DRUG_POOLS, NEGATIVES, Names  # noqa: E402
from seventeenth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="seventeenth", folder=HERE, seed="vsn-seventeenth-2026-12-04",
                langs=("sv", "en", "mixed", "uk", "ru", "ar", "fa", "el", "ti", "am", "th", "ku",
                       "bg", "prs", "ur", "hy", "ka"),
                templates=TEMPLATES, ids=Ids, names=Names, negatives=NEGATIVES,
                drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
