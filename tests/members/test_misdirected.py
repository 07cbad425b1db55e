"""A command sent to vsn@ (the report address) instead of vsn-request@: answered as the
command, with help pointing at vsn-request@, and never held as an empty report."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from store.db import session
from store.models import Report

from members.kit import DOMAIN, Kit, mail, parsed, text_of

REPORTS = f"vsn@{DOMAIN}"
MEMBER = "medlem0@kommun0.example.se"
OUTSIDER = "utomstaende@example.org"


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    k = Kit(tmp_path)
    k.members(1)
    return k


def reports(kit: Kit) -> list[Report]:
    with session(kit.engine) as s:
        return list(s.exec(select(Report)))


def answer_to(kit: Kit, rcpt: str) -> str:
    rows = kit.outbox(rcpt=rcpt)
    assert len(rows) == 1, [parsed(r)["Subject"] for r in rows]
    return text_of(parsed(rows[0]))


def test_avregistrera_to_vsn_gets_the_leave_answer(kit: Kit) -> None:
    assert kit.deliver(mail(MEMBER, REPORTS, "AVREGISTRERA", "")) == "command"
    row = kit.outbox(rcpt=MEMBER)[0]
    assert str(parsed(row)["Reply-To"]).startswith("vsn+leave-")   # the confirmation
    assert reports(kit) == []


def test_unsubscribe_in_the_body_from_an_outsider_is_told_they_are_no_member(kit: Kit) -> None:
    kit.deliver(mail(OUTSIDER, REPORTS, "", "unsubscribe\n\nMvh Bo"))
    assert answer_to(kit, OUTSIDER)
    assert reports(kit) == []


def test_help_to_vsn_points_at_the_request_address(kit: Kit) -> None:
    kit.deliver(mail(OUTSIDER, REPORTS, "Hjälp", ""))
    text = answer_to(kit, OUTSIDER)
    assert f"Ditt mejl till {REPORTS} har inte blivit någon rapport" in text
    assert f"vsn-request@{DOMAIN}" in text and "HJÄLP / HELP" in text
    assert reports(kit) == []


def test_an_empty_mail_to_vsn_is_answered_not_held(kit: Kit) -> None:
    kit.deliver(mail(OUTSIDER, REPORTS, "", ""))
    text = " ".join(answer_to(kit, OUTSIDER).split())   # as a reader reads it, unwrapped
    assert "var tomt" in text and "ingen rapport har skapats" in text
    assert reports(kit) == []


def test_a_report_that_begins_with_hjalp_is_still_a_report(kit: Kit) -> None:
    kit.deliver(mail(OUTSIDER, REPORTS, "Hjälp", "Tre överdoser i helgen efter blå M30."))
    assert len(reports(kit)) == 1
