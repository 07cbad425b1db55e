"""A fifth catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_pasted.py [--show] [--part tuned|kept|all]

structured_pasted.txt holds text pasted from elsewhere, in voices none of the other
catalogues uses: SMS and chat exports, e-mail footers and forwarded headers, PDFs copied with
broken spacing, OCR'd letters, space-aligned tables, numbers split over lines, glued to words,
in brackets or with extensions, the neighbours' numbers and IDs in Swedish mail, plates of
many countries in odd spacing and case, glued to a model or in lists, and look-alikes of
each. The generators and flags are structured_unseen's; a third of the cases
(`crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_unseen import report_catalogue

CATALOGUE = Path(__file__).with_name("structured_pasted.txt")


def main() -> int:
    return report_catalogue(__doc__ or "", CATALOGUE)


if __name__ == "__main__":
    raise SystemExit(main())
