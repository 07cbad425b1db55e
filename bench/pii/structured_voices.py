"""A third catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_voices.py [--show] [--part tuned|kept|all]

structured_voices.txt holds voices neither structured_formats.txt nor structured_unseen.txt
uses (car hire, towing, parking guards, personal plates, Baltic drivers, school nurses,
helpdesks and firewall logs, spreadsheet exports that dropped a mobile's leading zero). The
generators and flags are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`)
is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_voices.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
