"""How much the fuzz tests explore: bounded and repeatable in CI, longer and random on request.

In CI (FUZZ_EXAMPLES unset) every run draws the same examples, so a red CI is never a coin
toss and the checks that the fuzz reached the store hold or fail for good. A longer run asked
for with FUZZ_EXAMPLES draws new examples each time (README.md).
"""

from __future__ import annotations

import os

LONG_RUN = "FUZZ_EXAMPLES" in os.environ
DERANDOMIZE = not LONG_RUN


def examples(default: int) -> int:
    return int(os.environ.get("FUZZ_EXAMPLES", str(default)))
