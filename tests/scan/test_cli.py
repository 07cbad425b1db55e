"""The `scan` command: plain, --json and --jsonl, through a tiny argparse like `vsn`'s."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailgate.scan.cli import add_command, run_jsonl

TEXT = "Klienten Erik Svensson ringde från 070-123 45 67."


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="vsn")
    add_command(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_plain_output_lists_findings_and_masked_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = parse(["scan", str(path)])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "PERSON" in out and "PHONE" in out
    assert "Klienten [NAMN 1] ringde från [TELEFON 2]." in out


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    args = parse(["scan", "--json", str(path)])
    assert args.func(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["masked"] == "Klienten [NAMN] ringde från [TELEFON]."
    assert [f["type"] for f in payload["findings"]] == ["PERSON", "PHONE"]
    first = payload["findings"][0]
    assert TEXT[first["start"] : first["end"]] == first["text"] == "Erik Svensson"


def test_jsonl_offsets_are_python_string_indices() -> None:
    text = "Åsa Öberg 😀 ringde 070-123 45 67"
    lines = [json.dumps({"id": 7, "text": text}, ensure_ascii=False), "", "not json"]
    out = io.StringIO()
    assert run_jsonl(lines, out) == 1  # the bad line is reported, the rest is answered
    first, bad = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["id"] == 7
    for f in first["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]
        assert set(f) == {"type", "start", "end", "score", "text"}
    assert bad == {"line": 3, "error": "JSONDecodeError"}


def test_module_entry_point_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mailgate.scan", "--json"], input=TEXT, capture_output=True,
        text=True, check=True, timeout=60,
    )
    assert json.loads(done.stdout)["masked"] == "Klienten [NAMN] ringde från [TELEFON]."
