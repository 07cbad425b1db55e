from __future__ import annotations

import sys
from pathlib import Path

# memberkit (tests/members) is shared by the member, digest and delivery tests.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "members"))
