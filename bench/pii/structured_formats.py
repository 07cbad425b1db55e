"""Structured identifiers in the ways mail writes them, and their look-alikes: recall per
kind and the share of look-alikes flagged.

    python bench/pii/structured_formats.py [--show] [--part tuned|kept]

The catalogue (structured_formats.txt, `KIND | text`, the values between ⟦ and ⟧) is
scanned case by case. A value is found when a finding of its kind overlaps it and covered
when masked findings cover nine tenths of its letters and digits; a look-alike (`NEG`) is
flagged when a finding that would be masked overlaps it. A third of the cases (by a fixed
hash of the catalogue line, `crc32(line) % 3 == 0`) is kept out of tuning and printed apart.
Generated values (personnummer, IBANs, plates) come from the corpora's generators with a
seed per line, so every run scans the same text.
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "tests" / "data" / "pii" / "eighth"))

from eighth_ids import Ids  # noqa: E402
from evaluate import masked_whole  # noqa: E402
from marks import kept_out  # noqa: E402

from mailgate.scan import publishable, scan, warm_up  # noqa: E402

CATALOGUE = Path(__file__).with_name("structured_formats.txt")
VALUE = re.compile(r"⟦(.*?)⟧", re.S)
TOKEN = re.compile(r"\{(pnr|iban|plate|org|hetu|cpr|fnr|pesel)(?::?([^{}]*))?\}")
# Countries the generator lacks: the length of the part after the check, all digits.
MORE_IBANS = {"NL": "4a10d", "FR": "23d", "ES": "20d", "IT": "1a22d", "CH": "17d",
              "AT": "16d", "BE": "12d", "LT": "16d", "IE": "4a14d"}
OCR = str.maketrans({"0": "O", "1": "l"})
SPOKEN = ("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


class Values:
    """Synthetic values for one catalogue line, from the eighth corpus's generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ids = Ids(self.rng)

    def pnr(self, spec: str) -> str:
        fmt, *flags = spec.split("|")
        gen = [f for f in flags if f in ("snr", "bad")]
        if "plus" in flags:
            ten = self.ids.pnr(["10+", *gen]).replace("+", "")
            twelve = "19" + ten
        else:
            twelve = self.ids.pnr(["12", *gen])
        parts = {"CC": twelve[:2], "YY": twelve[2:4], "MM": twelve[4:6], "DD": twelve[6:8],
                 "NNNN": twelve[8:]}
        halves = iter((parts["NNNN"][:2], parts["NNNN"][2:]))
        out = re.sub("CC|YY|MM|DD|NNNN|NN",
                     lambda m: next(halves) if m.group(0) == "NN" else parts[m.group(0)], fmt)
        if "ocr" in flags:
            out = out.translate(OCR)
        if "ocrO" in flags:
            out = out.replace("0", "O")
        if "spaced" in flags:
            out = " ".join(out)
        if "spell" in flags:
            out = " ".join(SPOKEN[int(c)] for c in out)
        return out

    def iban(self, spec: str) -> str:
        country, *flags = spec.split("|")
        if country in MORE_IBANS:
            compact = self._iban(country, MORE_IBANS[country])
            iban = compact if "compact" in flags else " ".join(
                compact[i:i + 4] for i in range(0, len(compact), 4))
            iban = iban.lower() if "lower" in flags else iban
        else:
            iban = self.ids.make("iban", [country, *[f for f in flags if f in (
                "compact", "lower")]])
        if "dash" in flags:
            iban = iban.replace(" ", "-")
        if "nl" in flags:
            groups = iban.split(" ")
            iban = " ".join(groups[:3]) + "\n" + " ".join(groups[3:])
        return iban

    def _iban(self, country: str, spec: str) -> str:
        letters = int(spec.split("a")[0]) if "a" in spec else 0
        digits = int(spec.split("a")[-1].rstrip("d"))
        bban = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(letters))
        bban += self.ids.digits(digits)
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    def plate(self, spec: str) -> str:
        flags = [f for f in spec.split("|") if f]
        out = self.ids.make("plate", [f for f in flags if f in ("new", "flat", "lower")])
        if "dash" in flags:
            out = out.replace(" ", "-")
        return out[:3] + out[3:].replace("0", "O") if "ocrO" in flags else out

    def org(self, spec: str) -> str:
        return self.ids.make("org", [f for f in spec.split("|") if f])

    def _date(self) -> tuple[int, int, int]:
        return self.rng.randint(1950, 1999), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def hetu(self, spec: str) -> str:
        year, month, day = self._date()
        six, serial = f"{day:02d}{month:02d}{year % 100:02d}", f"{self.rng.randint(2, 899):03d}"
        return f"{six}-{serial}{HETU_CHECK[int(six + serial) % 31]}"

    def cpr(self, spec: str) -> str:
        year, month, day = self._date()
        return f"{day:02d}{month:02d}{year % 100:02d}-{self.ids.digits(4)}"

    def fnr(self, spec: str) -> str:
        while True:
            year, month, day = self._date()
            nine = [int(c) for c in f"{day:02d}{month:02d}{year % 100:02d}{self.ids.digits(3)}"]
            weights = (3, 7, 6, 1, 8, 9, 4, 5, 2)
            k1 = 11 - sum(w * d for w, d in zip(weights, nine, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            k2 = 11 - sum(w * d for w, d in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2),
                                                [*nine, k1], strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k1 < 10 and k2 < 10:
                return "".join(map(str, nine)) + f"{k1}{k2}"

    def pesel(self, spec: str) -> str:
        year, month, day = self._date()
        ten = [int(c) for c in f"{year % 100:02d}{month:02d}{day:02d}{self.ids.digits(4)}"]
        weights = ((1, 3, 7, 9) * 3)[:10]
        check = (10 - sum(w * d for w, d in zip(weights, ten, strict=True)) % 10) % 10
        return "".join(map(str, ten)) + str(check)


def cases(catalogue: Path = CATALOGUE) -> list[tuple[str, str, str]]:
    """(kind, section, catalogue line) for every case."""
    out, section = [], ""
    for line in catalogue.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.strip() and not line.startswith("#"):
            out.append((line.split(" | ", 1)[0].strip(), section, line))
    return out



def rendered(line: str, values_of: type[Values] = Values,
             body_of: Callable[[str], str] = str) -> tuple[str, list[tuple[int, int]]]:
    """The case's text and the spans of its values (`body_of` reads escapes a catalogue
    adds)."""
    values = values_of(zlib.crc32(line.encode("utf-8")))
    makers: dict[str, Callable[[str], str]] = {
        "pnr": values.pnr, "iban": values.iban, "plate": values.plate, "org": values.org,
        "hetu": values.hetu, "cpr": values.cpr, "fnr": values.fnr, "pesel": values.pesel}
    body = body_of(line.split(" | ", 1)[1].replace("\\n", "\n").replace("\\t", "\t"))
    body = TOKEN.sub(lambda m: makers[m.group(1)](m.group(2) or ""), body)
    text, spans, last = "", [], 0
    for m in VALUE.finditer(body):
        text += body[last:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        last = m.end()
    return text + body[last:], spans


def judge(kind: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[bool, bool, str]]:
    """Per value: (found, covered, what the scanner said about it)."""
    findings = scan(text)
    masks = publishable(findings)
    out = []
    for start, end in spans:
        near = [f for f in findings if f.start < end and start < f.end]
        said = ", ".join(f"{f.type}:{f.text!r}" for f in near) or "-"
        if kind == "NEG":
            flagged = any(f.start < end and start < f.end for f in masks)
            out.append((flagged, flagged, said))
        else:
            found = any(f.type == kind for f in near)
            out.append((found, masked_whole(text, start, end, masks), said))
    return out


def main() -> int:
    return report(__doc__ or "", cases(), rendered, lambda kind: "NEG" if kind == "NEG" else "ALL")


def report(doc: str, every: list[tuple[str, str, str]],
           render: Callable[[str], tuple[str, list[tuple[int, int]]]],
           group: Callable[[str], str]) -> int:
    """Scan every case and print found and covered per kind and part; `group` names the
    total a kind also counts in."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and flagged look-alikes")
    parser.add_argument("--part", choices=("tuned", "kept", "all"), default="all",
                        help="which cases --show lists")
    args = parser.parse_args()
    warm_up()
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for kind, section, line in every:
        part = "kept" if kept_out(line) else "tuned"
        text, spans = render(line)
        for found, whole, said in judge(kind, text, spans):
            for key in {(kind, part), (group(kind), part)}:
                tally[key][0] += found
                tally[key][1] += whole
                tally[key][2] += 1
            bad = found if kind == "NEG" else not (found and whole)
            if args.show and bad and args.part in (part, "all"):
                print(f"[{part}] {kind} {section}: {text!r} -> {said}")
    print(f"{'kind':13} {'part':6} {'found':>12} {'covered':>12}")
    for (kind, part), (found, whole, total) in sorted(tally.items()):
        label = "flagged" if kind.startswith("NEG") else "found"
        print(f"{kind:13} {part:6} {found:4}/{total:<4} {found / total:6.1%} "
              f"{whole:4}/{total:<4} {whole / total:6.1%}  ({label})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
