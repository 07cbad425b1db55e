"""Build mailgate/scan/data/medicines.txt.gz, the medicine names that are never a PERSON
(a developer tool, run by hand; nothing here runs in the service).

Source: the dictionary shipped by the PyPI package `drug-named-entity-recognition`
(MIT, Fast Data Science, https://github.com/fastdatascience/drug_named_entity_recognition),
compiled from DrugBank open data (CC0), MeSH and MedlinePlus (U.S. National Library of
Medicine), the NHS and Wikipedia. Only single-word generic and brand names are kept: the
scanner needs to know that `Mirena` or `Lorazepam` is a medicine, not the synonyms' prose.
Names common in Sweden as people's names (`Angelica`, `Armin`) are left out, so they stay
names; the rarer ones that are also first names (`Allegra`) are treated like the street
names `Molly` and `Tina`: a person only when named as one.

Swedish texts spell the generic names the Swedish way (FASS, Läkemedelsverket): `ph` and `th`
as `f` and `t`, `ch` and a hard `c` as `k`, the English `-ine`, `-one`, `-ate`, `-ide` as
`-in`, `-on`, `-at`, `-id` (`metylfenidat`, `klozapin`, `dextrometorfan`, `diklofenak`). Those
spellings are added, unless one is a given name or surname in our lists, a Swedish word
(Debian's `wswedish`, /usr/share/dict/swedish, in Latin-1) or an English one (our SCOWL list).

Usage:  pip install --no-deps --target /tmp/drugner drug-named-entity-recognition
        PYTHONPATH=/tmp/drugner .venv/bin/python tests/data/pii/build_medicines.py
"""

from __future__ import annotations

import bz2
import gzip
import pickle  # the package's own data file, read at build time only
import re
from importlib import resources
from pathlib import Path

from mailgate.scan import lexicon

SWEDISH_WORDS = Path("/usr/share/dict/swedish")
OUT = Path(__file__).parents[3] / "mailgate" / "scan" / "data" / "medicines.txt.gz"
# One word of letters, hyphens allowed inside (co-codamol), four letters or more.
WORD = re.compile(r"^[a-zåäöéèü]{4,}(?:-[a-zåäöéèü]{2,})*$")


def variants() -> set[str]:
    pkl = resources.files("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    data = pickle.loads(bz2.decompress(pkl.read_bytes()))
    return set(data["drug_variant_to_canonical"])


# English spelling → Swedish, in this order: ph, th, ch, then a hard c (before a, o, u, l, r, t,
# k or at the end; `cetirizin`, `citalopram` keep theirs), then the ending.
_SPELLING: tuple[tuple[str, str], ...] = (
    (r"ph", "f"), (r"th", "t"), (r"ch", "k"), (r"ae", "e"), (r"c(?=[aoulrtk]|$)", "k"),
    (r"ine$", "in"), (r"one$", "on"), (r"ate$", "at"), (r"ide$", "id"), (r"ole$", "ol"),
    (r"ene$", "en"), (r"ane$", "an"),
)
_SHORTEST_SWEDISH = 6


def swedish(word: str) -> str:
    """`methylphenidate` → `metylfenidat`, `clozapine` → `klozapin`, `codeine` → `kodein`."""
    for pattern, repl in _SPELLING:
        word = re.sub(pattern, repl, word)
    return word


def swedish_spellings(words: set[str]) -> set[str]:
    """The Swedish spellings of `words` that no list knows as a name or a word."""
    taken = (lexicon.entries("first_names") | lexicon.entries("surnames")
             | lexicon.entries("core_names") | lexicon.entries("english_words"))
    if SWEDISH_WORDS.is_file():
        taken |= {w.casefold() for w in SWEDISH_WORDS.read_text(encoding="latin-1").split()}
    out = {swedish(w) for w in words if "-" not in w}
    return {w for w in out - words if len(w) >= _SHORTEST_SWEDISH and w not in taken}


def main() -> None:
    core = lexicon.entries("core_names")
    words = {v.casefold() for v in variants() if WORD.match(v.casefold())}
    kept = sorted((words - core) | swedish_spellings(words - core))
    header = ("# Medicine names (generic and brand, single words) from the MIT-licensed package"
              " drug-named-entity-recognition (DrugBank CC0, MeSH, MedlinePlus, NHS, Wikipedia);"
              " names common in Sweden as people's names left out. See build_medicines.py.")
    data = ("\n".join([header, *kept]) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{len(kept)} medicine names ({len(words & core)} left out as common names)")


if __name__ == "__main__":
    main()
