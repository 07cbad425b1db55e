"""A sixth catalogue of structured identifiers and their look-alikes, plates first, written
before any tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_plates.py [--show] [--part tuned|kept|all]

structured_plates.txt holds voices none of the other catalogues uses (car-sharing support,
driving schools, insurance claims, congestion charges, roadside assistance, car auctions,
charging apps, neighbourhood watch, housing boards, dashcam forums, hashtags, voicemail):
Swedish plates spaced letter by letter, split over a line, glued to a model, in a slashed
list, in a hashtag and with an O for a 0; diplomatic, trade, temporary and personal plates;
the neighbours' and other countries' plates; phones and personnummer in the same voices; and
the look-alikes beside them (model and engine codes, flights, roads, VINs, tyre sizes). The
generators and flags are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`)
is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_plates.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
