"""Write the .eml corpus (and, with --json, the dry-run JSON beside each file to review).

    .venv/bin/python tests/data/mail/make_corpus.py [--json]

The committed .eml files are the fixtures; this script documents how they were made.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_forwards import all_forwards  # noqa: E402
from corpus_machines import all_machines  # noqa: E402
from corpus_replies import all_replies  # noqa: E402
from corpus_reports import all_reports  # noqa: E402


def corpus() -> dict[str, bytes]:
    return {**all_reports(), **all_forwards(), **all_machines(), **all_replies()}


def write_json(path: Path) -> None:
    from mailgate.cli.describe import describe
    from mailgate.config.settings import from_mapping

    with tempfile.TemporaryDirectory() as tmp:
        settings = from_mapping({}, source="test", base_dir=Path(tmp))
        result = describe(path.read_bytes(), settings, path.name)
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    path.with_suffix(".json").write_text(text, encoding="utf-8")


def main(argv: list[str]) -> None:
    for name, raw in corpus().items():
        path = HERE / f"{name}.eml"
        path.write_bytes(raw)
        if "--json" in argv:
            write_json(path)
    print(f"{len(corpus())} messages in {HERE}")


if __name__ == "__main__":
    main(sys.argv[1:])
