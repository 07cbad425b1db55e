"""A sixth catalogue of structured identifiers and their look-alikes, written before any
tuning on it: recall per kind and the share of look-alikes flagged.

    python bench/pii/structured_pasted2.py [--show] [--part tuned|kept|all]

structured_pasted2.txt holds numbers pasted into Swedish mail by writers none of the other
catalogues uses (a Finland-Swedish school nurse, a Danish commuter's landlord, a Norwegian
sawmill, a Polish staffing agency, a German Kita, a British B&B, a youth club, a pharmacy, a
shelter's night log, a parish): the neighbours' IDs, German and Polish phones and plates, UK
postcodes beside plates, mail addresses written round spam filters, numbers split over lines,
in tables and forwarded headers, OCR'd with odd spaces or letters for digits. The notation
and report are structured_unseen's; a few generator flags are added here. A third of the
cases (`crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structured_formats import HETU_CHECK, cases, rendered, report
from structured_unseen import MoreValues, _group, _unescaped

CATALOGUE = Path(__file__).with_name("structured_pasted2.txt")
# The part after the check digits, as structured_formats' MORE_IBANS writes it.
NEIGHBOUR_IBANS = {"PL": "24d", "NO": "11d", "DK": "14d", "FI": "14d", "GB": "4a14d",
                   "DE": "18d"}
# Finland's century signs since 2023 beside the old ones: 1900s and 2000s.
NEW_SIGNS = {19: "YXWVU", 20: "BCDEF"}


class PastedValues(MoreValues):
    """structured_unseen's values; hetu `A` (born 2000 on) and `new` (a sign of 2023), fnr
    `space` (a blank after the date), cpr `flat` (no dash), IBANs of the neighbours."""

    def hetu(self, spec: str) -> str:
        year, month, day = self._date()
        if "A" in spec.split("|"):
            year = self.rng.randint(2000, 2012)
        six, serial = f"{day:02d}{month:02d}{year % 100:02d}", f"{self.rng.randint(2, 899):03d}"
        sign = "-" if year < 2000 else "A"
        if "new" in spec.split("|"):
            sign = self.rng.choice(NEW_SIGNS[year // 100])
        return f"{six}{sign}{serial}{HETU_CHECK[int(six + serial) % 31]}"

    def fnr(self, spec: str) -> str:
        out = super().fnr(spec)
        return out[:6] + " " + out[6:] if "space" in spec.split("|") else out

    def cpr(self, spec: str) -> str:
        out = super().cpr(spec)
        return out.replace("-", "") if "flat" in spec.split("|") else out

    def iban(self, spec: str) -> str:
        country, *flags = spec.split("|")
        if country not in NEIGHBOUR_IBANS:
            return super().iban(spec)
        compact = self._iban(country, NEIGHBOUR_IBANS[country])
        out = compact if "compact" in flags else " ".join(
            compact[i:i + 4] for i in range(0, len(compact), 4))
        return out.lower() if "lower" in flags else out


def main() -> int:
    return report(__doc__ or "", cases(CATALOGUE),
                  lambda line: rendered(line, PastedValues, _unescaped), _group)


if __name__ == "__main__":
    raise SystemExit(main())
