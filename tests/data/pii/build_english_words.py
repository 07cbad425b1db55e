"""Build mailgate/scan/data/english_words.txt.gz, English words as a dictionary lists them in
lower case (a developer tool, run by hand; nothing here runs in the service).

Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson), as Debian ships it in the
packages `wbritish` and `wamerican` (/usr/share/dict/british-english, american-english).
Its licence allows use and redistribution with its copyright notice, which
mailgate/scan/data/README.md carries. Only entries written wholly in lower-case ASCII letters,
three letters or more, are kept: a capitalised entry is a proper name, and the scanner asks
only whether a capitalised word in a text is also an everyday word (`Porter`, `Reading`).

Usage:  apt-get install wbritish wamerican
        .venv/bin/python tests/data/pii/build_english_words.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

OUT = Path(__file__).parents[3] / "mailgate" / "scan" / "data" / "english_words.txt.gz"
SOURCES = (Path("/usr/share/dict/british-english"), Path("/usr/share/dict/american-english"))
WORD = re.compile(r"^[a-z]{3,}$")


def words() -> list[str]:
    found: set[str] = set()
    for source in SOURCES:
        found |= {w for w in source.read_text(encoding="utf-8").split() if WORD.match(w)}
    return sorted(found)


def main() -> None:
    header = "# English words in lower case, from SCOWL (see README.md)\n"
    data = (header + "\n".join(words()) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))
    print(f"{OUT}: {len(data)} bytes before compression")


if __name__ == "__main__":
    main()
