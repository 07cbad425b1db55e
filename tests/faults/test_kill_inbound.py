"""SIGKILL of `vsn serve` on the way in: after 250 (the mail only in the intake spool), and
while a report is being scanned. After each restart every report is processed once: one
report row, one review per moderator, one acknowledgement, counted at a real SMTP relay.
One service goes through both kills (a start costs seconds)."""

from __future__ import annotations

from pathlib import Path

from .kit import (
    ACK,
    LONG,
    MODERATORS,
    PROCESSING,
    REPORTS,
    REVIEW,
    Faulty,
    report,
    serve_with_relay,
)
from support import wait_for


def processed_once(vsn: Faulty, reporters: list[str]) -> None:
    assert vsn.scalar(REPORTS) == len(reporters)
    assert vsn.scalar("SELECT count(*) FROM inbound_mail") == len(reporters)
    reviews, acks = vsn.sink.count(REVIEW), vsn.sink.count(ACK)
    assert [reviews[m] for m in MODERATORS] == [len(reporters)] * 2
    assert [acks[r] for r in reporters] == [1] * len(reporters)


def test_reports_killed_after_250_and_while_scanned_are_processed_once(tmp_path: Path) -> None:
    reporters = [f"handlaggare{n}@kommun-{n}.example.se" for n in range(4)]
    with serve_with_relay(tmp_path) as vsn:
        vsn.start()

        # After 250: the service process frozen, its acceptor process still answers.
        vsn.freeze()
        for n, sender in enumerate(reporters[:3]):
            vsn.send(report(sender, f"Blå tabletter {n}"))
        assert vsn.in_spool() == 3, "250 given, nothing handed over or processed yet"
        vsn.kill()
        vsn.restart()
        vsn.settle()
        processed_once(vsn, reporters[:3])
        assert vsn.in_spool() == 0

        # While scanning: frozen mid-transaction, claimed, no report row for it yet.
        vsn.send(report(reporters[3], "Långt ärende", LONG))
        wait_for(lambda: vsn.scalar(PROCESSING) == 1, 60, "a worker to claim the report")
        vsn.freeze()
        assert vsn.scalar(PROCESSING) == 1 and vsn.scalar(REPORTS) == 3
        vsn.kill()
        vsn.restart()
        vsn.settle()
        processed_once(vsn, reporters)
        assert vsn.scalar("SELECT count(*) FROM finding") > 0
