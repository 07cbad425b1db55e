"""The guard at publication: the final text is scanned again, and a structured identifier
the moderator did not keep stops it: nothing is published or sent, everyone reviews again."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlmodel import col, delete, select

from mailgate.publish.guard import blocking, in_original, mask_tracked
from mailgate.scan import Finding, scan
from store.db import session
from store.models import Event, FindingRow, Member, Report

from moderate.kit import CLEAN_TEXT, MODERATORS, PNR, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBER = "anna@kommun-a.example.se"
DIGITS = re.sub(r"\D", "", FICTIONAL_MOBILE)
# The phone inside the warning itself: a "Ring mig på …" line is cut with the letter around
# the warning (mailgate/hold/letter.py) and would never reach the guard.
WARNING_TEXT = (f"Igår kväll hittades Kalle Svensson medvetslös efter blå tabletter märkta "
                f"M30. Hans personnummer är {PNR}. Säljaren har numret {FICTIONAL_MOBILE} i "
                "sina annonser.\n")


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add(Member(email=MEMBER))
    return d


def _nothing_published(desk: Desk) -> None:
    assert not desk.sent(MEMBER)
    with desk.s() as s:
        assert not list(s.exec(select(Event)))
    assert desk.report().status == "held"


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def test_an_edited_text_that_brings_a_phone_number_back_is_not_published(desk: Desk) -> None:
    desk.deliver(report())
    first = desk.sent(MOD1, "[VSN-granskning")[0]
    edited = f"{CLEAN_TEXT} Ring {FICTIONAL_MOBILE} för mer information."
    desk.deliver(reply(first, MOD1, f"GODKÄNN\n--- TEXT ---\n{edited}\n--- SLUT ---"))

    _nothing_published(desk)
    for moderator in MODERATORS:  # everyone gets the review again, the number marked
        again = body(desk.sent(moderator, "[VSN-granskning")[-1])
        assert "[TELEFON 1]" in again and "[1] TELEFON" in again
        assert "skannats igen" in again
    # The old review's token no longer decides.
    desk.deliver(reply(first, MOD2, "GODKÄNN"))
    _nothing_published(desk)


def test_a_number_the_stored_findings_missed_blocks_publication(desk: Desk) -> None:
    """As when the scanner improved after the report was held: the rescan catches it."""
    desk.deliver(report(text=WARNING_TEXT))
    held = desk.report()
    with session(desk.engine) as s:  # the held report as an older scanner saw it
        s.execute(delete(FindingRow).where(col(FindingRow.report_id) == held.id,
                                           col(FindingRow.type) == "PHONE"))
    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[0], MOD1, "GODKÄNN"))

    _nothing_published(desk)
    again = body(desk.sent(MOD2, "[VSN-granskning")[-1])
    assert "ingenting publicerades" in again and "TELEFON" in again
    number = re.search(r"\[(\d+)\] TELEFON: ", again)
    assert number is not None, again
    assert f"[TELEFON {number.group(1)}]" in again
    assert f"nu fynd {number.group(1)}" in again

    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[-1], MOD1, "GODKÄNN"))
    notice = body(desk.one(MEMBER, "[VSN RÖD]"))
    assert "[TELEFON]" in notice and DIGITS not in _digits(notice)


def test_the_masked_text_is_what_is_scanned_again(desk: Desk) -> None:
    desk.deliver(report(text=WARNING_TEXT))  # a personnummer and a phone, both masked
    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[0], MOD1, "GODKÄNN"))
    notice = body(desk.one(MEMBER, "[VSN RÖD]"))
    assert "[PERSONNUMMER]" in notice and "[TELEFON]" in notice
    assert _digits(PNR) not in _digits(notice)
    assert not blocking(mask_tracked("[TELEFON] [PERSONNUMMER] [E-POST] [IP-ADRESS] [REGNR]",
                                     []))


def test_a_phone_the_moderator_kept_is_published(desk: Desk) -> None:
    desk.deliver(report(text=WARNING_TEXT))
    with desk.s() as s:
        phone = s.exec(select(FindingRow).where(col(FindingRow.type) == "PHONE")).one()
    review = desk.sent(MOD1, "[VSN-granskning")[0]
    desk.deliver(reply(review, MOD1, f"GODKÄNN\nBEHÅLL {phone.number}"))
    with desk.s() as s:
        event = s.exec(select(Event)).one()
        assert FICTIONAL_MOBILE in event.text and "[PERSONNUMMER]" in event.text
        assert s.exec(select(Report)).one().status == "published"


def test_a_finding_in_the_masked_text_is_placed_back_in_the_original() -> None:
    original = f"Ring {FICTIONAL_MOBILE} eller Kalle Svensson, {PNR}."
    found = scan(original)
    person = [f for f in found if f.type != "PHONE"]
    masked = mask_tracked(original, person)
    stopped = blocking(masked)
    assert [f.type for f in stopped] == ["PHONE"]
    back = in_original(masked, stopped[0], original)
    assert back.text == FICTIONAL_MOBILE and original[back.start:back.end] == FICTIONAL_MOBILE
    # A span that reaches into a placeholder covers what the placeholder hid.
    hole = masked.placeholders[-1]
    inside = Finding("ID_NUMBER", hole[0] + 1, hole[1], 1.0, "t", "")
    assert in_original(masked, inside, original).text == hole[2].text


def test_a_number_left_in_the_cut_letter_does_not_block(desk: Desk) -> None:
    """The guard scans what members would read: the signature's phone is cut, not sent."""
    desk.deliver(report())  # "Ring mig på <phone>." and a signature
    held = desk.report()
    with session(desk.engine) as s:
        s.execute(delete(FindingRow).where(col(FindingRow.report_id) == held.id,
                                           col(FindingRow.type) == "PHONE"))
    desk.deliver(reply(desk.sent(MOD1, "[VSN-granskning")[0], MOD1, "GODKÄNN"))
    notice = body(desk.one(MEMBER, "[VSN RÖD]"))
    assert DIGITS not in _digits(notice) and "Ring mig" not in notice
