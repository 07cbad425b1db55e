"""Writes the fourteenth corpus: `python tests/data/pii/fourteenth/write_fourteenth.py [OUT_DIR]`.

The fourteenth corpus's seed, languages and sources for the shared writer (`../corpus_writer.py`):
hand-written cases in `handwritten.txt`, DRAWS draws of each `fourteenth_templates.py` situation,
numbers from `fourteenth_ids.py` (the eighth corpus's generator, with more IBAN countries and
foreign personal numbers) and names and hard negatives from `fourteenth_pools.py` (served by
`../pool_names.py`). Split as in README.md: odd hand-written numbers and templates at even
positions are dev, the rest holdout.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "eighth"),
                str(HERE.parent / "seventh"), str(HERE.parent / "fifth")]

from corpus_writer import Corpus, main  # noqa: E402
from fourteenth_ids import Ids  # noqa: E402
from fourteenth_pools import DRUG_POOLS, NEGATIVES, POOLS  # noqa: E402
from fourteenth_templates import TEMPLATES  # noqa: E402
from pool_names import names_from  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="fourteenth", folder=HERE, seed="vsn-fourteenth-2026-12-04",
                langs=("sv", "en", "mixed", "es", "de", "pl", "da", "no", "nl", "fi", "et", "is",
                       "pt", "fr"),
                templates=TEMPLATES, ids=Ids, names=names_from(POOLS), negatives=NEGATIVES,
                drug_pools=DRUG_POOLS, draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
