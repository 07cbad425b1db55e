"""When one moderator decides, the others are told, and their review mails stop working."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import session
from store.models import Member

from moderate.kit import CLEAN_TEXT, MODERATORS, Desk, body, reply, report

MOD1, MOD2 = MODERATORS
KARIN = f"Karin Lund <{MOD1}>"


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add(Member(email="anna@kommun-a.example.se", organisation="Org", region="Region"))
    return d


def test_the_others_hear_who_approved_and_their_review_no_longer_acts(desk: Desk) -> None:
    desk.deliver(report())
    theirs = desk.one(MOD2, "[VSN-granskning")
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN, "GODKÄNN"))

    note = desk.one(MOD2, "godkänd av")
    assert str(note["Subject"]) == "2026-0001 godkänd av Karin Lund"
    assert "Rapport 2026-0001 är godkänd och publicerad av Karin Lund." in body(note)
    assert note["Reply-To"] is None and note["List-Unsubscribe"] is None
    assert not desk.sent(MOD1, "godkänd av")           # the one who decided knows

    desk.deliver(reply(theirs, MOD2, "AVSLÅ: dubblett"))
    assert "redan avgjord" in body(desk.one(MOD2, "Inte utfört"))
    assert desk.report().status == "published"


def test_a_reply_to_the_note_is_never_a_new_report(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN, "GODKÄNN"))
    note = desk.one(MOD2, "godkänd av")
    answer = reply(note, MOD2, "Tack, då släpper jag den.")
    answer.replace_header("To", "vsn@vsn.example.se")
    desk.deliver(answer)
    assert desk.report().reference == "2026-0001"        # no 2026-0002


def test_the_others_hear_of_a_rejection(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD2, "[VSN-granskning"), MOD2, "AVSLÅ: fel adress"))
    note = desk.one(MOD1, "avslagen av")
    assert str(note["Subject"]) == f"2026-0001 avslagen av {MOD2}"
    assert "fel adress" not in body(note)   # the reason went to the reporter, not round


def test_an_edit_sent_for_review_again_is_announced_and_old_mails_refuse(desk: Desk) -> None:
    desk.deliver(report())
    old = desk.one(MOD2, "[VSN-granskning")
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN,
                       f"--- TEXT ---\n{CLEAN_TEXT}\n--- SLUT ---"))
    note = desk.one(MOD2, "ändrad av")
    assert "skickats för ny granskning" in body(note)
    assert "Granska det nya granskningsmejlet" in body(note)
    desk.deliver(reply(old, MOD2, "GODKÄNN"))
    assert "nyare granskningsmejl" in body(desk.one(MOD2, "Inte utfört"))


def test_a_question_decides_nothing_and_sends_no_note(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN, "FRÅGA: Vilken kommun?"))
    assert not [m for m in desk.sent(MOD2) if "av Karin" in str(m["Subject"])]


def test_a_refused_reply_sends_no_note(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN, "godkänn inte"))
    assert desk.sent(MOD2, "av Karin") == []


def test_the_others_hear_of_a_discard_and_the_reporter_hears_nothing(desk: Desk) -> None:
    desk.deliver(report())
    acknowledged = len(desk.sent("handlaggare@kommun-a.example.se"))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), KARIN, "KASTA"))
    note = desk.one(MOD2, "kastad av")
    assert str(note["Subject"]) == "2026-0001 kastad av Karin Lund"
    assert desk.report().status == "discarded"
    assert len(desk.sent("handlaggare@kommun-a.example.se")) == acknowledged
