"""VISA / SHOW <reference>: one event in full, by mail, for members only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mailgate.members.show import reference_in
from store.db import session
from store.models import EventComment, EventUpdate, InboundMail, Member, Report
from store.status import InboundStatus

from members.kit import DOMAIN, Kit, add_event, mail, parsed, text_of

REQUESTS = f"vsn-request@{DOMAIN}"
MEMBER = "medlem0@kommun0.example.se"
COMMENTER = "kommentator@region-x.example.se"


@pytest.mark.parametrize(("args", "reference"), [
    ("2026-0042", "2026-0042"),
    ("ref 2026-42 tack", "2026-0042"),
    ("[VSN RÖD] 2026-0001 Fentanyl", "2026-0001"),
    ("fentanyl", ""),
])
def test_the_reference_is_read_however_it_is_written(args: str, reference: str) -> None:
    assert reference_in(args) == reference


def _event_with_history(kit: Kit) -> None:
    with session(kit.engine) as s:
        event = add_event(s, "red", "Fentanyl i falska oxykodontabletter",
                          text="Blå tabletter märkta M30, rättad text.")
        event.reference = "2026-0042"
        s.add(event)
        s.add(Member(email=COMMENTER, name="Kommentator Testsson", org_type="region"))
        raw = b"comment"
        inbound = InboundMail(raw=raw, sha256=hashlib.sha256(raw).hexdigest(),
                              status=InboundStatus.DONE)
        s.add(inbound)
        s.flush()
        comment_report = Report(reference="2026-0043", inbound_id=inbound.id or 0,
                                sender=COMMENTER, urgency="red", status="published",
                                event_id=event.id)
        s.add(comment_report)
        s.flush()
        s.add(EventComment(event_id=event.id or 0, report_id=comment_report.id or 0,
                           text="Samma tabletter har setts i Lund."))
        s.add(EventUpdate(event_id=event.id or 0, kind="correction",
                          title="Fentanyl i falska oxykodontabletter", moderator="ref:x"))


def test_a_member_gets_the_whole_event_with_corrections_and_comments(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(1)
    _event_with_history(kit)
    kit.deliver(mail(MEMBER, REQUESTS, "VISA 2026-0042", "\n"))
    (answer,) = [parsed(r) for r in kit.outbox(rcpt=MEMBER)]
    text = text_of(answer)
    assert "2026-0042" in str(answer["Subject"])
    assert "Blå tabletter märkta M30, rättad text." in text
    assert "Rättelser" in text and "rättelse" in text
    assert "Samma tabletter har setts i Lund." in text
    assert "medlem i en region" in text
    # A comment is shown with its writer's organisation type, never who wrote it.
    assert "Kommentator" not in text and COMMENTER not in text


def test_an_unknown_reference_gets_help_and_a_non_member_gets_nothing(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(1)
    _event_with_history(kit)
    kit.deliver(mail(MEMBER, REQUESTS, "VISA 2026-9999", "\n"))
    (answer,) = [parsed(r) for r in kit.outbox(rcpt=MEMBER)]
    assert "Ingen publicerad varning" in text_of(answer)

    outsider = "utomstaende@example.org"
    kit.deliver(mail(outsider, REQUESTS, "SHOW 2026-0042", "\n"))
    (refusal,) = [parsed(r) for r in kit.outbox(rcpt=outsider)]
    assert "rättad text" not in text_of(refusal)


def test_search_results_say_how_to_see_one_event_in_full(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(1)
    _event_with_history(kit)
    kit.deliver(mail(MEMBER, REQUESTS, "SÖK oxykodon", "\n"))
    (answer,) = [parsed(r) for r in kit.outbox(rcpt=MEMBER)]
    assert "VISA 2026-0042" in text_of(answer)


def test_show_is_read_as_a_command() -> None:
    from mailgate.members.requests import Verb, read_request
    from mailgate.parse import parse

    msg = mail(MEMBER, REQUESTS, "Visa 2026-0001", "\n")
    request = read_request(parse(msg.as_bytes(), domain=DOMAIN))
    assert (request.verb, request.args) == (Verb.SHOW, "2026-0001")
