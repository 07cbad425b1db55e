"""A tenth catalogue of structured identifiers and their look-alikes, written before any
tuning on it (struct16): recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_unseen4.py [--show] [--part tuned|kept|all]

structured_unseen4.txt holds voices the other catalogues lack: a marina's guest-harbour log
(boat trailers and campers, Norwegian, Danish, German, Swiss, Finnish and Polish plates), a
moped and ATV workshop (`ABC 12`, an OCR'd `CAD 1O7`), a school nurse's and a youth clinic's
records (personnummer with an en dash, a no-break, thin or middle-dot separator, a slash,
split over a line, glued to words, in quoted CSV), a Nordic social-services exchange
(fødselsnummer, CPR, henkilötunnus, PESEL), URLs and logs carrying a personnummer, a
voicemail's spoken digits, phones with odd separators or OCR'd O for 0, a helpdesk's
obfuscated mail and IPv6, IBANs with odd spacing; the look-alikes of every voice beside them.
The generators and flags are structured_unseen's; a third of the cases
(`crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_unseen4.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
