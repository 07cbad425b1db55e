"""A seventh catalogue of structured identifiers and their look-alikes, plates first, written
before any tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_vehicles.py [--show] [--part tuned|kept|all]

structured_vehicles.txt holds voices none of the other catalogues uses (haulage dispatch,
ferry check-in and customs, used-car adverts, motorcycle and moped clubs, farms, taxi dispatch,
rental desks, scrapyards, valets, car parks, tow trucks, ride-hailing receipts, tolls and fines
from abroad): Swedish plates in every writing (spaced, dashed, lower case, glued to a bracket or
a model, in CSV and tables, OCR'd 0/O and 1/I), taxi, diplomatic and temporary plates,
trailers, motorcycles and mopeds, the neighbours' and Europe's plates near a vehicle word;
phones and personnummer in the same voices; and the look-alikes beside them (models, flights,
trains, roads, postcodes, order and case numbers, times, amounts). The generators and flags
are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`) is kept out of tuning
and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_vehicles.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
