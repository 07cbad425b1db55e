"""A warning's parts proposed from the report's text, for the moderator to confirm or change.

    part     proposed from                                   moderator's line
    what     substances (substances.txt) and markings         VAD: <text>
             (pill_stamps.txt, "märkt(a) X") named
    where    a region named (regions.txt), or the county of   REGION: <text>
             the municipalities named (municipalities.txt);
             places (places.txt) are listed to help
    advice   nothing: a moderator writes it (asked for red)   RÅD: <text>

The word lists are the scanner's own (mailgate/scan/data): what the scanner must never mask
as a name is exactly what makes a warning's "what" and "where".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from mailgate.scan.lexicon import entries

# Street names that are also everyday words or first names: too unsure to propose alone.
AMBIGUOUS = frozenset({
    "h", "g", "mj", "k2", "vitt", "kola", "koks", "snow", "coca", "charlie", "charly", "harry",
    "horse", "brunt", "adam", "eve", "tina", "molly", "mandy", "ice", "glass", "crystal",
    "lucy", "syra", "fantasy", "gras", "gräs", "gräset", "weed", "speed", "kryddor", "spice",
    "special k", "ket", "keta", "alkohol", "sprit", "snus", "nikotin", "zyn", "velo", "vape",
    "lean", "haze", "amnesia", "gelato", "kush", "zaza", "meow", "miaow", "jib", "skag",
    "smack", "tranq", "benso", "bensos", "benzo", "oxy", "oxys", "xan", "rivo", "subbe",
    "subban", "tramma", "trammor", "braj", "brajja", "pundare", "tjacket", "wish",
    "grönt", "häst", "coke", "blow", "dope", "gear", "blues", "rolls", "drone", "crank",
    "tweak", "shards", "jackpot", "apache", "tnt", "headband", "biscotti", "chiva", "sobbar",
})
# Medicines that treat an overdose: named in advice, never what a warning is about.
ANTIDOTES = frozenset({"naloxon", "nyxoid"})
MARKING = re.compile(r"\b(?:märkt|märkta|märkning|stämpel|stämplade?|präglade?)\s+(?:med\s+)?"
                     r"[\"'“”]?(?P<mark>[A-ZÅÄÖ0-9][\w-]{0,15})", re.I)
MAX_WHAT = 4


@dataclass(frozen=True)
class Where:
    region: str                 # "" when no region or municipality is named
    places: tuple[str, ...]     # the places named, as written, in order


def propose_what(text: str) -> str:
    """Substances and markings named, in the order the text names them: "fentanyl, M30"."""
    hits: list[tuple[int, str]] = []
    for name in ("substances", "pill_stamps"):
        for entry in entries(name):
            if entry in AMBIGUOUS or entry in ANTIDOTES or len(entry) < 3:
                continue
            for match in _word(entry).finditer(text):
                hits.append((match.start(), match.group()))
                break
    hits += [(m.start("mark"), m.group("mark")) for m in MARKING.finditer(text)]
    return ", ".join(_distinct(word for _, word in sorted(hits))[:MAX_WHAT])


def propose_where(text: str) -> Where:
    """The region the text names, or the county of the municipalities it names."""
    counties = _counties()
    named: list[tuple[int, str, str]] = []    # (position, as written, county or "")
    for entry, county in counties.items():
        named += [(m.start(), m.group(), county) for m in _word(entry, cased=True).finditer(text)]
    for entry in _raw("places"):
        named += [(m.start(), m.group(), "") for m in _word(entry, cased=True).finditer(text)]
    named.sort()
    region = next((c for _, _, c in named if c), "")
    return Where(region, tuple(_distinct(w for _, w, _ in named)))


@functools.cache
def _counties() -> dict[str, str]:
    """Every region form and municipality, to its county's name ("Skåne län")."""
    found: dict[str, str] = {}
    county = ""
    for line in _lines("municipalities"):
        if line.startswith("# ") and line.rstrip().endswith(" län"):
            county = line[2:].strip()
        elif line.strip() and not line.startswith("#") and county:
            found[line.strip()] = county
    for entry in _region_forms():
        found.setdefault(entry, _county_of(entry, set(found.values())))
    return {k: v for k, v in found.items() if v}


def _region_forms() -> list[str]:
    forms: list[str] = []
    for line in _lines("regions"):
        if line.startswith("#") and forms:
            break  # the landscapes after the counties are not regions
        if line.strip() and not line.startswith("#"):
            forms.append(line.strip())
    return forms


def _county_of(form: str, counties: set[str]) -> str:
    """'Skåne' -> 'Skåne län', 'Sörmland' -> 'Södermanlands län': by the shared stem."""
    stem = form.removesuffix(" län").split()[0].casefold().removesuffix("s")
    alias = {"sörmland": "södermanland", "härjedalen": "jämtland"}.get(stem, stem)
    return next((c for c in sorted(counties) if c.casefold().startswith(alias)), "")


def _lines(name: str) -> list[str]:
    source = resources.files("mailgate.scan.data") / f"{name}.txt"
    return source.read_text(encoding="utf-8").splitlines()


@functools.cache
def _raw(name: str) -> tuple[str, ...]:
    """A list's entries as written (lexicon.entries folds case; place names need it)."""
    return tuple(e for e in (ln.split("#", 1)[0].strip() for ln in _lines(name)) if e)


def _word(entry: str, *, cased: bool = False) -> re.Pattern[str]:
    return _compiled(entry, cased)


@functools.cache
def _compiled(entry: str, cased: bool) -> re.Pattern[str]:
    flags = 0 if cased else re.I
    return re.compile(r"(?<![\w-])" + re.escape(entry) + r"(?!\w)", flags)


def _distinct(words: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for w in words:
        seen.setdefault(w.casefold(), w)
    return list(seen.values())
