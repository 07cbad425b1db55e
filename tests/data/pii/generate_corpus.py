"""Render templates.txt and fixed.txt into corpus.jsonl (run by hand; the output is committed).

Each line: {"id", "voice", "lang", "text", "entities": [{"type", "start", "end"}],
"negatives": [strings that must not be flagged], "quasi": [{"start", "end"}]}.
Usage: .venv/bin/python tests/data/pii/generate_corpus.py  (seeded: same output every run)
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpus_pools as pools

HERE = Path(__file__).parent
SLOT = re.compile(r"\{([A-Za-z]+)(?::([a-z0-9]+))?\}|\[\[([A-Z_-]+)\|([^\]]+)\]\]")
COPIES = 4  # renderings of each template


@dataclass
class Case:
    rng: random.Random
    parts: list[str] = field(default_factory=list)
    entities: list[dict[str, object]] = field(default_factory=list)
    negatives: list[str] = field(default_factory=list)
    quasi: list[dict[str, int]] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)

    @property
    def pos(self) -> int:
        return sum(len(p) for p in self.parts)

    def add(self, text: str, kind: str | None = None) -> None:
        start = self.pos
        self.parts.append(text)
        if kind == "-":
            self.negatives.append(text)
        elif kind == "QUASI":
            self.quasi.append({"start": start, "end": self.pos})
        elif kind:
            self.entities.append({"type": kind, "start": start, "end": self.pos})


def person(case: Case, variant: str) -> None:
    rng = case.rng
    pool_first = rng.choice([pools.SV_FIRST] * 3 + [pools.IMMIGRANT_FIRST] * 2 + [pools.RARE_FIRST])
    pool_last = rng.choice([pools.SV_LAST] * 3 + [pools.IMMIGRANT_LAST] * 2 + [pools.RARE_LAST])
    first, last = rng.choice(pool_first), rng.choice(pool_last)
    if variant in ("again", "againlast") and case.people:
        prev = case.people[-1]
        case.add(prev[0] if variant == "again" else prev[1], "PERSON")
        return
    if variant == "againlast":
        variant = "last"
    case.people.append((first, last))
    if variant == "nick":
        case.add('"')
        case.add(rng.choice(pools.NICKNAMES), "PERSON")
        case.add('"')
        return
    text = {
        "first": first, "last": last, "lower": f"{first} {last}".lower(),
        "firstlower": first.lower(), "caps": f"{first} {last}".upper(),
        "double": rng.choice(pools.DOUBLE_FIRST), "initial": rng.choice(
            [f"{first[0]}. {last}", f"{first} {last[0]}.", f"{first} {last[0]}:son"]),
        "particle": " ".join(rng.choice(pools.PARTICLE_NAMES)),
    }.get(variant, f"{first} {last}")
    case.add(text, "PERSON")


def street(rng: random.Random, named: bool = False) -> str:
    if named or rng.random() < 0.15:
        name = rng.choice(pools.NAMED_STREETS)
    else:
        name = rng.choice(pools.STREET_STEMS) + rng.choice(pools.STREET_ENDS)
    return f"{name} {rng.randint(1, 120)}{rng.choice(['', '', 'A', 'B', ' C'])}"


def postcode(rng: random.Random) -> str:
    return f"{rng.randint(100, 984)} {rng.randint(10, 99)} {rng.choice(pools.TOWNS)}"


def address(case: Case, variant: str) -> None:
    rng = case.rng
    base = street(rng, named=variant == "named")
    if variant == "lgh":
        base += f", lgh {rng.randint(1001, 1704)}"
    if variant == "post":
        base += f", {postcode(rng)}"
    if variant == "co":
        first, last = rng.choice(pools.SV_FIRST), rng.choice(pools.SV_LAST)
        base = f"c/o {first} {last}, {base}"
    case.add(base, "ADDRESS")


def birth(case: Case, variant: str) -> None:
    rng = case.rng
    year, month, day = rng.randint(1960, 2010), rng.randint(1, 12), rng.randint(1, 28)
    months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"]
    en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
    case.add({
        "short": f"-{year % 100:02d}", "year": str(year), "iso": f"{year}-{month:02d}-{day:02d}",
        "en": f"{day} {en[month - 1]} {year}",
    }.get(variant, f"{day} {months[month - 1]} {year}"), "DATE_OF_BIRTH")


def entity(case: Case, kind: str, variant: str) -> None:
    rng = case.rng
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if kind == "ID":
        form = variant if variant and variant != "bad" else rng.choice(["dash10", "dash12"])
        case.add(pools.personnummer(rng, form, valid=variant != "bad"), "ID_NUMBER")
    elif kind == "EMAIL":
        user = f"{rng.choice(pools.SV_FIRST)}.{rng.choice(pools.SV_LAST)}".lower()
        user = user.translate(str.maketrans("åäöé", "aaoe"))
        dom = rng.choice(["kommun.se", "regionen.se", "gmail.com", "hotmail.com", "polisen.se",
                          "outlook.com", "mora.se", "live.se"])
        at = rng.choice(["[at]", "(at)", " [at] ", " snabel-a "]) if variant == "obf" else "@"
        case.add(f"{user}{at}{dom}", "EMAIL")
    elif kind == "URL":
        handle = f"{rng.choice(pools.SV_FIRST).lower()}{rng.choice(['_', '.', ''])}{d(2)}"
        case.add(rng.choice([
            f"https://www.facebook.com/{handle}", f"instagram.com/{handle}",
            f"https://www.snapchat.com/add/{handle}", f"t.me/{handle}",
            f"https://www.tiktok.com/@{handle}"]), "URL")
    elif kind == "IP":
        case.add(".".join(str(rng.randint(1, 254)) for _ in range(4)), "IP")
    elif kind == "IBAN":
        case.add(pools.iban_se(rng), "IBAN")
    elif kind == "BANK":
        case.add(rng.choice([f"8{d(3)}-{d(1)}, {d(3)} {d(3)} {d(3)}-{d(1)}",
                             f"{d(4)}-{d(7)}", f"{d(4)} {d(2)} {d(5)}"]), "BANK_ACCOUNT")
    elif kind == "SWISH":
        case.add(f"123 {d(3)} {d(2)} {d(2)}", "BANK_ACCOUNT")
    elif kind == "PLATE":
        p = pools.plate(rng)
        case.add(p.lower() if variant == "lower" else p, "PLATE")
    elif kind == "POST":
        case.add(postcode(rng), "ADDRESS")
    elif kind == "PHONE":
        case.add(pools.phone(rng), "PHONE")


NEGATIVES = {
    "muni": lambda r: r.choice(pools.MUNICIPALITIES), "region": lambda r: r.choice(pools.REGIONS),
    "agency": lambda r: r.choice(pools.AGENCIES), "hospital": lambda r: r.choice(pools.HOSPITALS),
    "substance": lambda r: r.choice(pools.SUBSTANCES),
    "street": lambda r: r.choice(pools.STREET_NAMES), "stamp": lambda r: r.choice(pools.STAMPS),
    "date": lambda r: r.choice([
        f"2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", f"den {r.randint(1, 28)} maj",
        f"{r.randint(1, 28)}/{r.randint(1, 12)}", "i fredags",
        f"den {r.randint(1, 28)} oktober 2024"]),
    "dnr": lambda r: r.choice([f"Dnr SN {r.randint(2019, 2025)}/{r.randint(10, 9999):04d}",
                               f"ärendenummer 5000-K{r.randint(10000, 999999)}-24",
                               f"diarienummer {r.randint(2019, 2025)}-{r.randint(100, 9999)}"]),
    "lab": lambda r: f"labnr {r.randint(10, 99)}-{r.randint(10000, 99999)}",
    "org": lambda r: f"org.nr 55{r.randint(6000, 9999)}-{r.randint(1000, 9999)}",
    "dose": lambda r: r.choice([f"{r.randint(1, 500)} mg", f"{r.randint(1, 90)} gram",
                                f"{r.randint(10, 95)} %", f"{r.randint(2, 40)} tabletter"]),
    "weekday": lambda r: r.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
                                   "söndag", "Fredag"]),
    "month": lambda r: r.choice(["januari", "mars", "juni", "augusti", "oktober", "december"]),
    "time": lambda r: f"{r.randint(0, 23):02d}.{r.randint(0, 59):02d}",
    "age": lambda r: r.choice([f"{r.randint(14, 19)} år", f"{r.randint(14, 19)}-årig"]),
}
QUASI = {"school": pools.SCHOOLS, "class": ["klass 8B", "årskurs 9", "klass 7A", "NA22b"],
         "unit": pools.UNITS}


def render(template: str, rng: random.Random) -> Case:
    case = Case(rng)
    pos = 0
    for m in SLOT.finditer(template):
        case.add(template[pos : m.start()])
        pos = m.end()
        kind, variant, fixed_kind, fixed = m.group(1), m.group(2) or "", m.group(3), m.group(4)
        if fixed_kind:
            case.add(fixed, fixed_kind)
        elif kind == "P":
            person(case, variant)
        elif kind == "ADDR":
            address(case, variant)
        elif kind == "DOB":
            birth(case, variant)
        elif kind == "n":
            case.add(NEGATIVES[variant](rng), "-")
        elif kind == "q":
            case.add(rng.choice(QUASI[variant]), "QUASI")
        else:
            entity(case, kind, variant)
    case.add(template[pos:])
    return case


def blocks(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for block in path.read_text(encoding="utf-8").split("\n---\n")[1:]:
        head, _, body = block.strip("\n").partition("\n")
        _, voice, lang = head.split()
        out.append((voice, lang, body.strip("\n")))
    return out


def main() -> None:
    rng = random.Random(20241123)
    rows = []
    for name, copies in (("templates.txt", COPIES), ("fixed.txt", 1)):
        for n, (voice, lang, body) in enumerate(blocks(HERE / name)):
            for copy in range(copies):
                case = render(body, rng)
                text = "".join(case.parts)
                rows.append({
                    "id": f"{name.split('.')[0]}-{n:03d}-{copy}", "voice": voice, "lang": lang,
                    "text": text, "entities": case.entities,
                    "negatives": sorted(set(case.negatives)), "quasi": case.quasi,
                })
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} cases")


if __name__ == "__main__":
    main()
