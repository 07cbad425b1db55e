"""The weekly digest: contents, one per member per week, crash and concurrency safety."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

import digest.weekly.run as weekly
from digest.notices.first import notify
from digest.weekly.run import run_week, unfinished
from digest.weekly.week import Week
from store.db import make_engine, session
from store.models import Event, EventComment, EventUpdate, Member, Report

from members.kit import Kit, html_of, parsed, text_of

ZONE = "Europe/Stockholm"
WEEK = Week.parse("2026-W48")
START, _ = WEEK.bounds(ZONE)


def _week_of_events(kit: Kit) -> dict[str, int]:
    ids = {u: kit.event(u, f"{u.capitalize()} händelse", at=START + timedelta(days=2))
           for u in ("red", "yellow", "green")}
    kit.event("red", "Förra veckan", at=START - timedelta(days=1))
    return ids


def _run(kit: Kit, **kw: int) -> int:
    return run_week(kit.engine, kit.mailing, WEEK, ZONE, **kw).queued


def test_contents_grouped_by_urgency_with_marks(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(2)
    ids = _week_of_events(kit)
    with session(kit.engine) as s:
        red = s.get(Event, ids["red"])
        assert red is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, red)   # both got the red notice
        report = s.get(Report, red.report_id)
        assert report is not None and report.id is not None
        s.add(EventComment(event_id=ids["yellow"], report_id=report.id,
                           text="Vi har sett samma i Malmö.", published_at=START + timedelta(3)))
        green = s.get(Event, ids["green"])
        assert green is not None
        green.status, green.retracted_at = "retracted", START + timedelta(days=4)
        s.add(EventUpdate(event_id=ids["green"], kind="retraction", text="Felaktig uppgift.",
                          at=START + timedelta(days=4)))
        s.add(green)
    assert _run(kit) == 2
    msg = parsed(kit.outbox("digest", rcpt="medlem0@kommun0.example.se")[0])
    text = text_of(msg)
    assert "vecka 48" in str(msg["Subject"]) and msg["Precedence"] == "bulk"
    assert "<mailto:vsn+unsubscribe-" in str(msg["List-Unsubscribe"])
    assert text.index("RÖD") < text.index("GUL") < text.index("GRÖN")   # table of contents
    assert "Förra veckan" not in text
    assert "(skickad till dig som varning)" in text
    assert "Vi har sett samma i Malmö." in text and "TILLBAKADRAGEN" in text
    assert "Felaktig uppgift." in text and "ej verifierad" in text and "Skåne" in text
    html = html_of(msg)
    assert "<table" in html and 'style="' in html and "<style" not in html
    assert 'href="#e' in html


def test_one_digest_per_member_per_week(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    ids = kit.members(5)
    with session(kit.engine) as s:
        off = s.get(Member, ids[0])
        assert off is not None
        off.digest = False
        s.add(off)
    _week_of_events(kit)
    assert _run(kit, chunk=2) == 4
    assert _run(kit) == 0
    assert len(kit.outbox("digest")) == 4
    assert len({r.rcpt for r in kit.outbox("digest")}) == 4


def test_no_digest_when_nothing_is_new(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(3)
    kit.event("red", at=START - timedelta(days=3))
    assert _run(kit) == 0 and not kit.outbox("digest")


def test_a_crash_mid_run_resumes_without_duplicates(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    kit = Kit(tmp_path)
    kit.members(7)
    _week_of_events(kit)
    real = weekly.queue_copies
    calls = {"n": 0}

    def crash_on_second_chunk(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(weekly, "queue_copies", crash_on_second_chunk)
    with pytest.raises(RuntimeError):
        _run(kit, chunk=3)
    monkeypatch.setattr(weekly, "queue_copies", real)
    with session(kit.engine) as s:
        assert unfinished(s) == WEEK
    assert len(kit.outbox("digest")) == 3
    assert _run(kit, chunk=3) == 4
    assert len(kit.outbox("digest")) == 7
    with session(kit.engine) as s:
        assert unfinished(s) is None


def test_two_processes_at_once_send_each_member_one(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(300)
    _week_of_events(kit)
    url = kit.ctx.settings.store.url
    results: list[int] = []
    barrier = threading.Barrier(2)

    def run() -> None:
        engine = make_engine(url)   # its own engine and connections, as a process has
        barrier.wait()
        results.append(run_week(engine, kit.mailing, WEEK, ZONE, chunk=25).queued)
        engine.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == 300
    assert len({r.rcpt for r in kit.outbox("digest")}) == len(kit.outbox("digest")) == 300
