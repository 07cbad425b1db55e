"""An eighth catalogue of structured identifiers and their look-alikes, plates first, written
before any tuning on it (struct14): recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_vehicles2.py [--show] [--part tuned|kept|all]

structured_vehicles2.txt holds voices the other catalogues lack: a car-rental firm's damage
reports, a parking company's appeal letters, a police patrol's log with many vehicles (plates
in lists, tables and tab-separated rows, after `reg.nr`, `regnr:`, `reg-nr`, `skylt`,
`nummerplåt`, `bil med`, `licence plate`, `reg`, in lower case, dashed, in the 2019 shape,
split over a line break; mopeds, trailers, taxis, diplomats; Norway's, Denmark's, Finland's,
Germany's, Poland's and Lithuania's plates in Swedish text), a bank's fraud-team notes, a
prison's visitor lists, a hospital's discharge letters, a Finland-Swedish social worker's
mail (HETU), Norwegian and Danish colleagues (fødselsnummer, CPR), and phones spelt, with
`(0)`, `0046`, dots, slashes, `ankn.`, alone on a signature's line or typed onto a word; the
look-alikes of every voice beside them (case, diary, order, lab, invoice, parcel numbers,
prices, times, dates, versions, coordinates, postcodes, product codes). The generators and
flags are structured_unseen's; a third of the cases (`crc32(line) % 3 == 0`) is kept out of
tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_vehicles2.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
