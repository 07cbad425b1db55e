"""Writes the thirty-fourth corpus: `python write_thirtyfourth.py [OUT_DIR]` in this folder.

The thirty-fourth corpus's seed, languages and sources for the shared writer
(`../corpus_writer.py`): hand-written cases in `handwritten.txt`, DRAWS draws of each
`thirtyfourth_templates.py` situation, numbers from `thirtyfourth_ids.py` (the thirty-second
corpus's generator with adult dates of birth) and names and hard negatives from
`thirtyfourth_pools.py`. Split as in README.md: odd hand-written numbers and templates at
even positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "thirtysecond"),
                str(HERE.parent / "thirtyfirst"), str(HERE.parent / "thirtieth"),
                str(HERE.parent / "eighth"), str(HERE.parent / "seventh"),
                str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from thirtyfourth_ids import Ids  # noqa: E402
from thirtyfourth_pools import DRUG_POOLS, NAMES, NEGATIVES  # noqa: E402
from thirtyfourth_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="thirtyfourth", folder=HERE, seed="vsn-thirtyfourth-2026-12-06",
                langs=("sv", "en", "no", "da", "fi-sv", "de", "fa", "es"),
                templates=TEMPLATES, ids=Ids, names=NAMES, negatives=NEGATIVES,
                drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
