"""A process that claims from the store until nothing is left, as a worker of another
`vsn serve` would; prints what it got as JSON. Started by test_claims.py, several at once:

    python claimer.py URL WHAT      WHAT: inbound | outbox | reference

It says "ready" once connected and waits for a line on stdin, so that all start together.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta

from store.db import make_engine, session
from store.queries import claim_inbound, claim_outbox, next_reference

LEASE = timedelta(minutes=5)


def main(url: str, what: str, worker: str) -> None:
    engine = make_engine(url)
    with engine.connect():
        pass
    print("ready", flush=True)
    sys.stdin.readline()
    got: list[object] = []
    while True:
        with session(engine) as s:
            if what == "inbound":
                ids: list[object] = list(claim_inbound(s, worker, 3, LEASE))
            elif what == "outbox":
                ids = list(claim_outbox(s, worker, 3, LEASE))
            else:
                ids = [next_reference(s, 2026)] if len(got) < 40 else []
        if not ids:
            break
        got += ids
    print(json.dumps(got), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
