"""A eighth catalogue of structured identifiers and their look-alikes, plates first, written
before any tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_roads.py [--show] [--part tuned|kept|all]

structured_roads.txt, written after structured_vehicles was tuned on, holds road and travel
voices none of the other catalogues uses (traffic news, police notes, witnesses, road-trip
forums, coach operators, parking disputes, driving-test bookings, radio alphabets): Swedish
plates with and without cues, marked, OCR'd, dictated, spelled in the radio alphabet and
partial; the neighbours' and Europe's plates on the road; phones and personnummer in the same
voices; and the look-alikes beside them (roads, models, trains, flights, ferries, bookings,
postcodes, amounts). The generators and flags are structured_unseen's; a third of the cases
(`crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_roads.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
