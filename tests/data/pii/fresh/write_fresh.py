"""Writes the fresh corpus: `python tests/data/pii/fresh/write_fresh.py [OUT_DIR]`.

Reads `handwritten.txt` (cases written one by one) and `fresh_templates.py` (situations drawn
DRAWS times) and writes `dev.jsonl`, `holdout.jsonl` and `drug_names.txt` with the writer the
annotated corpora share (`../corpus_writer.py`); this file states what is the fresh corpus's own.

The split (README.md): hand-written case number odd -> dev, even -> holdout; template family
at an even position -> dev, odd -> holdout, and its names and negatives come from that split's
half of every pool.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus_writer import Corpus, main  # noqa: E402
from fresh_ids import Ids  # noqa: E402
from fresh_pools import NEGATIVES, Names  # noqa: E402
from fresh_templates import TEMPLATES  # noqa: E402

DRAWS = 4
CORPUS = Corpus(name="fresh", folder=HERE, seed="vsn-fresh-2026-12-03",
                langs=("sv", "en", "no", "da", "fi", "mixed"), templates=TEMPLATES, ids=Ids,
                names=Names, negatives=NEGATIVES, drug_pools=("drug", "brand", "stamp", "street"),
                draws=DRAWS)

if __name__ == "__main__":
    raise SystemExit(main(CORPUS))
