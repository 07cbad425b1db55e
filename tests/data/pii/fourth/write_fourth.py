"""Writes the fourth corpus: `python tests/data/pii/fourth/write_fourth.py [OUT_DIR]`.

Reads `handwritten.txt` (cases written one by one) and `fourth_templates.py` (situations drawn
DRAWS times) and writes `dev.jsonl`, `holdout.jsonl` and `drug_names.txt` with the writer the
annotated corpora share (`../corpus_writer.py`, which strips the marks with the fresh corpus's
parser); this file states what is the fourth corpus's own.

The split (README.md): hand-written case number odd -> dev, even -> holdout; template family
at an even position -> dev, odd -> holdout, with names and negatives from that split's half of
every pool.
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
