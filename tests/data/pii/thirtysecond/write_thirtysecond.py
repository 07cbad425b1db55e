"""Writes the thirty-second corpus: `python write_thirtysecond.py [OUT_DIR]` in this folder.

The thirty-second corpus's seed, languages and sources for the shared writer
(`../corpus_writer.py`): hand-written cases in `handwritten.txt`, DRAWS draws of each
`thirtysecond_templates.py` situation, numbers from `thirtysecond_ids.py` (the thirty-first
corpus's generator with an old landline style and old dates of birth) and names and hard
negatives from `thirtysecond_pools.py`. Split as in README.md: odd hand-written numbers and
templates at even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "thirtyfirst"),
                str(HERE.parent / "thirtieth"), str(HERE.parent / "eighth"),
                str(HERE.parent / "seventh"), str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from thirtysecond_ids import Ids  # noqa: E402
from thirtysecond_pools import DRUG_POOLS, NAMES, NEGATIVES  # noqa: E402
from thirtysecond_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="thirtysecond", folder=HERE, seed="vsn-thirtysecond-2026-12-06",
                langs=("sv", "en", "no", "da", "fi-sv", "de", "pl", "bs", "mixed"),
                templates=TEMPLATES, ids=Ids, names=NAMES, negatives=NEGATIVES,
                drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
