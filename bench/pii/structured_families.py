"""A fourth catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_families.py [--show] [--part tuned|kept|all]

structured_families.txt holds, family by family, voices none of the other catalogues uses
(festival medics, outreach vans, customs, dispatchers, probation, taxi dispatch, club rosters,
chat exports, markdown and tab tables, faxes read by OCR): plates in tables, lists and after
cues, phones with `(0)`, extensions, glue and line breaks, identity numbers whatever their
check digit and beside a bank or a phone, and look-alikes of each. The
generators and flags are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`)
is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_families.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
