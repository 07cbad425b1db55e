"""A fourth catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_contacts.py [--show] [--part tuned|kept|all]

structured_contacts.txt holds phones and identity numbers in voices the other catalogues do
not use (football and choir rosters, tenants' associations, taxi dispatch, home-care rotas,
parish books, CVs, lost-and-found posts, voicemail, insurance claims, school lists, foreign
mobiles of newly arrived writers' kin) beside numbers that are no one's (case, order, lab,
tracking and organisation numbers, bankgiro, IMEI, amounts, dates). The generators and flags
are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`) is kept out of
tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_contacts.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
