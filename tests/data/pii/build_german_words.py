"""Build mailgate/scan/data/german_nouns.txt.gz, German words as German writes them with a
capital: nouns (`Schwester`, `Klientin`, `Wirkstoff`) and their inflected forms (a
developer tool, run by hand; nothing here runs in the service).

German capitalises every noun, so in a German text a capitalised word no name list holds
is most often a noun, not a foreign name; the scanner asks this list only in a text whose
function words say it is German (mailgate/scan/recognizers/languages.py).

Source: the PyPI package `spacy-lookups-data` (MIT, Explosion AI): its German lemma table
(every form and its lemma) and the capitalised words of its German word-probability table
more frequent than e^-14. Only words of three letters or more, wholly letters, are kept.
Names are in those tables too; the scanner keeps any word its name lists hold a name.

Usage:  pip download --no-deps spacy-lookups-data -d /tmp/sld && (cd /tmp/sld && unzip -q *.whl)
        .venv/bin/python tests/data/pii/build_german_words.py /tmp/sld/spacy_lookups_data/data
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

OUT = Path(__file__).parents[3] / "mailgate" / "scan" / "data" / "german_nouns.txt.gz"
FREQUENT = -14.0  # log probability: about the 30 000 most frequent capitalised words


def _noun(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word[0].isupper() and not word.isupper()


def words(data: Path) -> list[str]:
    lemmas = json.loads(gzip.decompress((data / "de_lemma_lookup.json.gz").read_bytes()))
    probs = json.loads(gzip.decompress((data / "de_lexeme_prob.json.gz").read_bytes()))
    found = {w for pair in lemmas.items() for w in pair if _noun(w)}
    found |= {w for w, p in probs.items() if p > FREQUENT and _noun(w)}
    return sorted(found)


def main() -> None:
    listed = words(Path(sys.argv[1]))
    body = ("\n".join(listed) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(body, mtime=0))
    print(f"{len(listed)} words -> {OUT}")


if __name__ == "__main__":
    main()
