"""Cells about the scanner: one long mail must cost time and memory in step with its size."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.poison.cells import Measure

ROOT = Path(__file__).resolve().parents[2]
MAIL = 2048  # an ordinary report's length, for the anchors


# The service's install (`make serve`), with the scanner compiled by mypyc: what the service
# runs, so what is measured when it is there; else this checkout's plain Python.
SERVICE_PYTHON = ROOT / ".venv-serve" / "bin" / "python"


def scanner() -> str:
    return "compiled" if SERVICE_PYTHON.exists() else "plain"


def probe(kind: str, size: int, mails: int = 0) -> dict[str, Any]:
    """Run bench/poison/probe.py in a fresh process and return its figures."""
    python = SERVICE_PYTHON if SERVICE_PYTHON.exists() else Path(sys.executable)
    cmd = [str(python), str(ROOT / "bench" / "poison" / "probe.py"), kind, str(size)]
    if mails:
        cmd += ["--mails", str(mails)]
    with tempfile.TemporaryDirectory() as elsewhere:  # not the checkout: the install's scanner
        out = subprocess.run(cmd, cwd=elsewhere, check=True, capture_output=True,
                             text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def scan_dense_1mb() -> Measure:
    """1 MB of lines dense with names, phone numbers and personnummer, scanned as one text.
    Anchor: the same text scanned as 2 KB mails one after another (ratio 1 = linear)."""
    size = 1_000_000
    whole, mails = probe("dense", size), probe("dense", size, MAIL)
    return Measure(
        name=f"scan 1 MB dense personal data (CPU, {scanner()} scanner)", value=whole["cpu"],
        unit="s", goal=2.0,
        anchor=f"same text as {size // MAIL} mails of 2 KB", anchor_value=mails["cpu"],
        note=f"wall {whole['wall']:.2f} s, {whole['findings']} findings",
    )


def scan_plain_10mb_memory() -> Measure:
    """Peak resident memory of a process scanning a 10 MB plain text.
    Anchor: the same process scanning one 2 KB mail (engine loaded, nothing long)."""
    big, small = probe("plain", 10_000_000), probe("plain", MAIL)
    return Measure(
        name="peak resident scanning 10 MB text", value=big["peak_mb"], unit="MB", goal=500,
        anchor="a process scanning one 2 KB mail", anchor_value=small["peak_mb"],
        note=f"scan took {big['cpu']:.1f} s CPU, {big['wall']:.1f} s wall",
    )
