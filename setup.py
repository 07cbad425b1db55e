"""Build hook: the package as plain Python, or with the scanner compiled by mypyc.

`VSN_COMPILE_SCAN=1 pip install --no-build-isolation .` (mypy installed, a C compiler and
Python's headers at hand) compiles the scanner's modules (mailgate/scan, its recognizers
and wholename) to C extensions: the same code and findings, about a quarter less CPU on a
dense text (bench/poison/README.md, fourteenth and fifteenth rounds). Not for an editable
install: the compiled modules would stand beside the sources and hide every later edit of
them. Without the variable nothing is compiled.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
SCAN = Path("mailgate") / "scan"
# Not compiled: the package's start and its command line, and finding.py, whose read of
# a class's __dict__ (`made`, which sets a Finding's slots directly) mypyc refuses.
PLAIN = frozenset({"__init__.py", "__main__.py", "cli.py", "finding.py"})


def scan_modules() -> list[str]:
    """The scanner's modules mypyc compiles, as paths from the project's root."""
    paths = [*(ROOT / SCAN).glob("*.py"), *(ROOT / SCAN / "recognizers").glob("*.py"),
             *(ROOT / SCAN / "wholename").glob("*.py")]
    return sorted(str(p.relative_to(ROOT)) for p in paths if p.name not in PLAIN)


def ext_modules() -> list[object]:
    if os.environ.get("VSN_COMPILE_SCAN") != "1":
        return []
    from mypyc.build import mypycify

    return list(mypycify(scan_modules(), opt_level="3"))


setup(ext_modules=ext_modules())
