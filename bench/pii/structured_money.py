"""A ninth catalogue of structured identifiers and their look-alikes, money and bookings first,
written before any tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_money.py [--show] [--part tuned|kept|all]

structured_money.txt (issue 12, struct12) holds voices none of the other catalogues uses:
debt collectors, bank fraud desks, Swish disputes, salary offices, tenant associations'
ledgers, ferry manifests and parking fines, a payment provider's server logs, relatives in
the Nordic countries. Nordic and European phone groupings in signatures, personnummer with odd
separators and samordningsnummer, e-mail written to dodge harvesters, IPv6 and IPv4 with a
port or prefix, IBANs and Swedish accounts, plates of Iceland, Austria and Lithuania; beside
them case, order, transaction, OCR, giro, organisation, card, lab and diary numbers. The
generators and flags are structured_unseen's; BANK_ACCOUNT counts in ALL here. A third of the
cases (`crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_formats import cases, rendered, report
from structured_unseen import STRUCTURED, MoreValues, _unescaped

CATALOGUE = Path(__file__).with_name("structured_money.txt")
COUNTED = (*STRUCTURED, "BANK_ACCOUNT")


def _group(kind: str) -> str:
    return "NEG" if kind == "NEG" else "ALL" if kind in COUNTED else kind


def main() -> int:
    return report(__doc__ or "", cases(CATALOGUE),
                  lambda line: rendered(line, MoreValues, _unescaped), _group)


if __name__ == "__main__":
    raise SystemExit(main())
