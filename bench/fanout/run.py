"""Fan-out of one red warning to 10,000 members, held to a plain smtplib loop as anchor.

    .venv/bin/python bench/fanout/run.py [--members 10000] [--connections 4]

1. Postfix's smtp-sink on loopback: `smtp-sink -u postfix 127.0.0.1:PORT 1000`.
2. Anchor: a plain smtplib loop sends as many prebuilt messages, of the notice's size, over
   the same number of connections (one thread each, each connection reused).
3. `vsn serve` with a temporary SQLite store holding the members, delivering to the sink.
   A red report goes in over SMTP and is reviewed; then the moderator's GODKÄNN is timed
   from the moment it is handed to the gateway until the last notice is marked sent, which
   happens only after the sink's 250.

Goal: <= 5 s for 10,000 notices, and >= 0.5x the anchor (anchor time / our time).
Machines here are noisy: compare the ratio, measured in one run, not absolute times.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import (
    Sink,
    approve,
    count,
    plain_loop,
    seed_members,
    serve,
    settle,
    submit_report,
    temp_config,
)

from digest.compose.bulk import Personal, Stencil
from digest.compose.message import Draft
from mailgate.config.settings import load


def notice_sized_messages(config: Path, n: int) -> list[tuple[str, bytes]]:
    """n messages as large as a red notice, each to its own address."""
    settings = load(config)
    from mailgate.context import Context

    ctx = Context(settings)
    text = "VSN-varning RÖD — Fentanyl i falska oxykodontabletter\n" + "Blå tabletter. " * 120
    stencil = Stencil(ctx.identity, Draft(to="", subject="[VSN RÖD] Fentanyl", text=text,
                                          html="<p>" + text + "</p>"))
    out = []
    for i in range(n):
        rcpt = f"ankare{i}@kommun{i % 290}.example.se"
        out.append((rcpt, stencil.render(Personal(rcpt, f"vsn+comment-{i:026d}@x.se",
                                                  f"vsn+leave-{i:026d}@x.se"))))
    return out


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--members", type=int, default=10_000)
    args.add_argument("--connections", type=int, default=4)
    opts = args.parse_args()
    with temp_config(connections=opts.connections) as (folder, config, ports), Sink(ports.sink):
        messages = notice_sized_messages(config, opts.members)
        anchor = plain_loop(ports.sink, messages, opts.connections)
        del messages
        seed_members(config, opts.members)
        with serve(config, folder, ports.gateway):
            review = submit_report(config, ports.gateway, red=True)
            started = time.perf_counter()
            approve(ports.gateway, review)
            queued_at: list[float] = []
            watcher = threading.Thread(target=_watch_queued, args=(config, opts.members,
                                                                   queued_at), daemon=True)
            watcher.start()
            settle(lambda: count(config, "notice", "sent") >= opts.members, timeout=300)
            ours = time.perf_counter() - started
            failed = count(config, "notice", "failed")
    queued = (queued_at[0] - started) if queued_at else float("nan")
    ratio = anchor / ours
    print(f"members                       {opts.members}")
    print(f"connections                   {opts.connections}")
    print(f"anchor: plain smtplib loop    {anchor:6.2f} s  ({opts.members / anchor:6.0f} msg/s)")
    print(f"vsn: approval to last 250     {ours:6.2f} s  ({opts.members / ours:6.0f} msg/s)")
    print(f"  of which queued after       {queued:6.2f} s")
    print(f"  notices failed              {failed}")
    print(f"ratio anchor/vsn              {ratio:6.2f}   (goal >= 0.5)")
    print(f"goal <= 5 s for 10,000        {'met' if ours <= 5 else 'NOT met'}")
    return 0


def _watch_queued(config: Path, members: int, out: list[float]) -> None:
    settle(lambda: count(config, "notice") >= members, timeout=300, poll=0.02)
    out.append(time.perf_counter())


if __name__ == "__main__":
    sys.exit(main())
