"""The outgoing relay going away in the middle of a fan-out, and coming back: the notices
wait in the outbox and are retried with a growing delay, and once the relay is back every
member gets exactly one. [delivery] retry_base_seconds is 0.2 here (kit.relay_config)."""

from __future__ import annotations

from pathlib import Path

from .kit import MODERATORS, RED, import_members, report, serve_with_relay
from mailflow import reply_to
from support import wait_for

MEMBERS = 40
NOTICES = "SELECT count(*) FROM outbox WHERE kind = 'notice'"


def test_relay_away_mid_fan_out_delays_notices_without_loss_or_doubles(tmp_path: Path) -> None:
    with serve_with_relay(tmp_path) as vsn:
        members = import_members(vsn, MEMBERS)
        vsn.start()
        vsn.send(report("handlaggare@kommun-a.example.se", "Blå tabletter"))
        review = vsn.review("Blå tabletter")
        vsn.settle()

        vsn.sink.hold(after=vsn.sink.total() + 10)
        vsn.send(reply_to(review, MODERATORS[0], "GODKÄNN"))
        wait_for(vsn.sink.holding.is_set, 60, "the fan-out to reach its middle")
        vsn.sink.stop()   # gone, with a message unanswered: connections refused from now
        delivered = len(vsn.sink.count(RED))

        # Kept and retried: every notice still owed has been tried three times or more ...
        wait_for(lambda: vsn.scalar(f"{NOTICES} AND status IN ('queued', 'sending') "
                                    "AND attempts < 3") == 0,
                 60, "the notices to be retried while the relay is away")
        assert vsn.scalar(f"{NOTICES} AND status = 'queued'") == MEMBERS - delivered
        assert vsn.scalar(f"{NOTICES} AND status = 'failed'") == 0
        # ... with a delay that doubles (0.2, 0.4, 0.8 s ...), not in a tight loop.
        assert vsn.scalar("SELECT max(attempts) FROM outbox WHERE kind = 'notice'") <= 6

        vsn.sink.start()
        wait_for(lambda: len(vsn.sink.count(RED)) == MEMBERS, 60, "every notice delivered")
        vsn.settle()
        assert vsn.sink.count(RED) == dict.fromkeys(members, 1)
        assert vsn.scalar(f"{NOTICES} AND status = 'sent'") == MEMBERS
