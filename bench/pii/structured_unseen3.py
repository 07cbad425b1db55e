"""A ninth catalogue of structured identifiers and their look-alikes, written before any
tuning on it (struct15): recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_unseen3.py [--show] [--part tuned|kept|all]

structured_unseen3.txt holds voices the other catalogues lack: a customs seizure report at
the Öresund crossing (Danish, German, Polish, Lithuanian, Norwegian and Finnish plates in
running text), a haulier's driver logs, a taxi dispatcher's channel, a parking app's exports
pasted as `|`, `;` and tab tables, a tow firm's jobs and a workshop's work orders, a ferry's
vehicle list, chat in lower case (plates glued to `reg`, in brackets after a model, with a
Swedish genitive or suffix: `ABC123:an`, `ABC 123s förare`), a lab's slips (`PNR:` with a
wrong check digit, twelve digits glued to a word, split over a line, in a table cell, dotted,
the old `+`, samordningsnummer), a switchboard list, text-message exports (`+46701740617:`),
`+46 (0)8`, `0046`, dots, slashes, `ankn.`; the look-alikes of every voice beside them. The
generators and flags are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`)
is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_unseen3.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
