"""SIGKILL of `vsn serve` on the way out, each at a point the relay makes certain: between
the decision and its notices, in the middle of a fan-out to many members, in the middle
of the weekly digest. After each restart every member gets each notice and the digest
exactly once, counted at a real SMTP relay: a duplicate is as much a failure as a loss."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from digest.weekly.week import current_week

from .kit import (
    ACK,
    DIGEST,
    MODERATORS,
    PUBLISHED,
    RED,
    REVIEW,
    Faulty,
    import_members,
    report,
    serve_with_relay,
)
from mailflow import reply_to
from support import wait_for

MEMBERS = 300
REPORTER = "handlaggare@kommun-a.example.se"
TITLE = "Fentanyl i falska oxykodontabletter"
NOTICES = "SELECT count(*) FROM outbox WHERE kind = 'notice' AND status = :status"


def kill_while_held(vsn: Faulty, what: str) -> None:
    wait_for(vsn.sink.holding.is_set, 90, what)
    vsn.kill()
    vsn.sink.release()


def test_notices_and_digest_are_delivered_once_across_kills(tmp_path: Path) -> None:
    with serve_with_relay(tmp_path, "[digest]\nenabled = false\n") as vsn:
        members = import_members(vsn, MEMBERS)
        vsn.start()
        vsn.send(report(REPORTER, TITLE))
        review = vsn.review(TITLE)
        vsn.settle()

        # Between the decision and its notices: the relay holds the first mail after it.
        vsn.sink.hold(after=vsn.sink.total())
        vsn.send(reply_to(review, MODERATORS[0], "GODKÄNN"))
        kill_while_held(vsn, "the first mail after the decision")
        assert vsn.scalar("SELECT count(*) FROM event") == 1
        assert vsn.scalar(NOTICES, status="sent") == 0 and not vsn.sink.count(RED)

        # In the middle of the fan-out: 120 notices out, one in flight, the rest queued.
        vsn.sink.hold(after=vsn.sink.total() + 120)
        vsn.start()
        kill_while_held(vsn, "the fan-out to reach its middle")
        assert 0 < len(vsn.sink.count(RED)) < MEMBERS

        vsn.start()
        vsn.settle()
        assert vsn.sink.count(RED) == dict.fromkeys(members, 1)
        assert vsn.sink.count(PUBLISHED)[MODERATORS[0]] == 1
        reviews = vsn.sink.count(REVIEW)
        assert [reviews[m] for m in MODERATORS] == [1, 1]
        assert vsn.sink.count(ACK)[REPORTER] == 1
        assert vsn.scalar("SELECT count(*) FROM event") == 1

        # In the middle of the weekly digest.
        vsn.sink.hold(after=vsn.sink.total() + 150)
        week = current_week(datetime.now(UTC), "Europe/Stockholm").label
        queued = vsn.server.vsn("digest", "send", "--week", week)
        assert queued.returncode == 0 and f"{MEMBERS} digests queued" in queued.stdout
        kill_while_held(vsn, "the digest delivery to reach its middle")
        assert 0 < len(vsn.sink.count(DIGEST)) < MEMBERS

        vsn.start()
        vsn.settle()
        assert vsn.sink.count(DIGEST) == dict.fromkeys(members, 1)
        assert vsn.sink.count(RED) == dict.fromkeys(members, 1)
