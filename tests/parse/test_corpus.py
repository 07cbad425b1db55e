"""Every .eml in tests/data/mail read by the dry run exactly as its reviewed NAME.json says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailgate.cli.describe import describe
from mailgate.config.settings import Settings
from store.status import Kind

CORPUS = Path(__file__).resolve().parents[1] / "data" / "mail"
FILES = sorted(CORPUS.glob("*.eml"))
TRIAGE_KINDS = (Kind.REPORT, Kind.DECISION, Kind.COMMENT, Kind.COMMAND, Kind.BOUNCE,
                Kind.AUTO_REPLY, Kind.JUNK, Kind.LOOP)


def test_the_corpus_covers_every_kind() -> None:
    kinds = {json.loads(p.with_suffix(".json").read_text("utf-8"))["kind"] for p in FILES}
    assert len(FILES) >= 40
    assert kinds == {str(k) for k in TRIAGE_KINDS}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_dry_run_reads_the_message_as_expected(path: Path, settings: Settings) -> None:
    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    got = describe(path.read_bytes(), settings, path.name)
    assert got == expected


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_subject_is_always_one_line(path: Path, settings: Settings) -> None:
    subject = describe(path.read_bytes(), settings, path.name)["subject"]
    assert "\r" not in subject and "\n" not in subject
