"""SIGKILL of `vsn serve` on the way in: after 250, and while a report is being scanned.
After a restart every report is processed once: one report row, one review per
moderator, one acknowledgement, counted at a real SMTP relay."""

from __future__ import annotations

from pathlib import Path

from .kit import ACK, MODERATORS, REVIEW, report, serve_with_relay
from support import wait_for

PROCESSING = "SELECT count(*) FROM inbound_mail WHERE status = 'processing'"
# ~30 KB of text full of findings: scanning it takes about a second here, so the report
# is seen claimed, and still not done once the process is frozen.
LONG = ("Igår kväll hittades en klient medvetslös i Malmö efter blå tabletter märkta M30. "
        "Anna Svensson på Storgatan 12 ringde 070-174 06 42. ") * 220


def test_mail_accepted_while_the_service_is_frozen_is_processed_once_after_a_kill(
        tmp_path: Path) -> None:
    reporters = [f"handlaggare{n}@kommun-{n}.example.se" for n in range(3)]
    with serve_with_relay(tmp_path) as vsn:
        vsn.start()
        vsn.freeze()   # the service process; its acceptor process still answers SMTP
        for n, sender in enumerate(reporters):
            vsn.send(report(sender, f"Blå tabletter {n}"))
        assert vsn.in_spool() == 3, "250 given, nothing handed over or processed yet"
        vsn.kill()
        vsn.restart()
        vsn.settle()

        assert vsn.scalar("SELECT count(*) FROM report") == 3
        assert vsn.scalar("SELECT count(*) FROM inbound_mail") == 3
        assert vsn.in_spool() == 0
        reviews, acks = vsn.sink.count(REVIEW), vsn.sink.count(ACK)
        assert [reviews[m] for m in MODERATORS] == [3, 3]
        assert [acks[r] for r in reporters] == [1, 1, 1]


def test_report_killed_while_it_is_scanned_is_processed_once(tmp_path: Path) -> None:
    sender = "handlaggare@kommun-a.example.se"
    with serve_with_relay(tmp_path) as vsn:
        vsn.start()
        vsn.send(report(sender, "Långt ärende", LONG))
        wait_for(lambda: vsn.scalar(PROCESSING) == 1, 60, "a worker to claim the report")
        vsn.freeze()
        # Frozen mid-transaction: claimed, no report row, nothing sent for it.
        assert vsn.scalar(PROCESSING) == 1 and vsn.scalar("SELECT count(*) FROM report") == 0
        vsn.kill()
        vsn.restart()
        vsn.settle()

        assert vsn.scalar("SELECT count(*) FROM report") == 1
        assert vsn.scalar("SELECT count(*) FROM finding") > 0
        reviews = vsn.sink.count(REVIEW)
        assert [reviews[m] for m in MODERATORS] == [1, 1]
        assert vsn.sink.count(ACK)[sender] == 1
