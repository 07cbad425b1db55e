"""Test-only, never shipped: loaded into `vsn serve` by the fault tests through PYTHONPATH
(kit.py, `hooked`), so that no production code carries a test switch.

With $VSN_TEST_CONTROL naming a folder, marks in a report's text steer its scan:

  VSN-TEST-SLOW   the scan runs until the file `release` exists in that folder, as a
                  scan of a huge message would; it stays Python code all along, so it can
                  be interrupted like a real one
  VSN-TEST-FAIL   the scan raises until the file `fixed` exists (a bug, then its fix)

Every scan of a marked text appends a line to `started` there, which is how a test sees
an attempt begin (state observed, not time waited).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

_control = os.environ.get("VSN_TEST_CONTROL")

if _control:
    import mailgate.scan as _scan_package

    _folder = Path(_control)
    _real = _scan_package.scan

    def _steered_scan(text: str) -> list[object]:
        marks = [m for m in ("VSN-TEST-SLOW", "VSN-TEST-FAIL") if m in text]
        if marks:
            with open(_folder / "started", "a", encoding="utf-8") as log:
                log.write(f"{marks[0]} {os.getpid()}\n")
        if "VSN-TEST-SLOW" in text:
            while not (_folder / "release").exists():
                time.sleep(0.01)   # a long computation, in Python between the checks
        if "VSN-TEST-FAIL" in text and not (_folder / "fixed").exists():
            raise RuntimeError("a scanner bug (test hook)")
        return list(_real(text))

    _scan_package.scan = _steered_scan  # type: ignore[assignment]
