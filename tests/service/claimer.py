"""A process that claims from the store until nothing is left, as a worker of another
`vsn serve` would; prints what it got as JSON. Started by test_claims.py, several at once:

    python claimer.py URL WORKER

It claims inbound rows until none is left, then outbox rows, then takes REFERENCES
reference numbers, and prints {"inbound": [ids], "outbox": [ids], "reference": [refs]}.

It says "ready" once connected and waits for a line on stdin, so that all start together;
after its first inbound claim it says "claimed" and waits for another line, so that every
process has claimed in the same moment (on a loaded machine the first could otherwise empty
the queue before the others are scheduled).
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta

from store.db import make_engine, session
from store.queries import claim_inbound, claim_outbox, next_reference

LEASE = timedelta(minutes=5)
REFERENCES = 15


def main(url: str, worker: str) -> None:
    engine = make_engine(url)
    with engine.connect():
        pass
    print("ready", flush=True)
    sys.stdin.readline()
    got: dict[str, list[object]] = {"inbound": [], "outbox": [], "reference": []}
    for queue, claim in (("inbound", claim_inbound), ("outbox", claim_outbox)):
        while True:
            with session(engine) as s:
                ids = claim(s, worker, 3, LEASE)
            if queue == "inbound" and not got[queue]:
                print("claimed", flush=True)
                sys.stdin.readline()
            if not ids:
                break
            got[queue] += ids
    for _ in range(REFERENCES):
        with session(engine) as s:
            got["reference"].append(next_reference(s, 2026))
    print(json.dumps(got), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
