"""A warning, not a letter, from report to members: the letter around it is cut unless
kept, the parts the moderator sets (VAD:, REGION:, RÅD:) or the proposals reach the event
and the notice in order, a red notice is marked important, and only member mailings carry
List-Unsubscribe."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import session
from store.models import Event, Member

from moderate.kit import MODERATORS, REPORTER, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1 = MODERATORS[0]
MEMBERS = ("anna@kommun-a.example.se", "bo@region-b.example.se")
LETTER = ("Hej alla,\n\nI helgen vårdades tre personer i Malmö efter blå tabletter märkta M30 "
          "som såldes som oxykodon. Analysen visar fentanyl.\n\nKontakta mig gärna om ni vill "
          "veta mer.\n\nMed vänlig hälsning\nSjuksköterska A\nAkutmottagningen\n")


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add_all(Member(email=m, organisation="Org", region="Region") for m in MEMBERS)
    return d


def _event(desk: Desk) -> Event:
    with desk.s() as s:
        found = s.get(Event, 1)
        assert found is not None
        return found


def test_red_review_shows_the_letter_removed_and_asks_for_advice(desk: Desk) -> None:
    desk.deliver(report(subject="RÖD: blå M30 i Malmö", text=LETTER))
    review = desk.one(MOD1, "[VSN-granskning")
    text = body(review)
    proposed = text.split("== Texten som")[1].split("== Borttaget")[0]
    assert "I helgen vårdades tre personer" in proposed
    assert "Hej alla" not in proposed and "Kontakta mig" not in proposed
    assert "Med vänlig hälsning" in text.split("== Borttaget")[1]
    assert "En RÖD varning behöver råd" in text
    assert "Var:        Skåne län (platser: Malmö)" in text
    assert review["List-Unsubscribe"] is None
    assert desk.one(REPORTER, "Mottaget")["List-Unsubscribe"] is None


def test_parts_set_by_reply_reach_event_and_notice_in_order(desk: Desk) -> None:
    desk.deliver(report(subject="RÖD: blå M30 i Malmö", text=LETTER))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1,
                       "GODKÄNN\nVAD: Falska oxykodontabletter (M30) med fentanyl\n"
                       "REGION: Skåne\nRÅD:\nHa naloxon nära till hands.\nAnvänd inte ensam."))
    event = _event(desk)
    assert (event.what, event.region) == ("Falska oxykodontabletter (M30) med fentanyl", "Skåne")
    assert event.advice == "Ha naloxon nära till hands.\nAnvänd inte ensam."
    assert event.text.startswith("I helgen vårdades") and "Hälsning" not in event.text
    for member in MEMBERS:
        notice = desk.one(member, "[VSN RÖD]")
        assert (notice["Importance"], notice["X-Priority"]) == ("high", "1")
        assert "<mailto:vsn+unsubscribe-" in str(notice["List-Unsubscribe"])
        text = body(notice)
        order = [text.index(p) for p in ("Vad: Falska", "Var: Skåne", "Vad du kan göra",
                                         "Använd inte ensam", "I helgen vårdades")]
        assert order == sorted(order)
        assert text.count("I helgen vårdades") == 1
        assert "Hej alla" not in text and "Kontakta mig" not in text
    assert desk.one(MOD1, "Publicerad")["List-Unsubscribe"] is None


def test_proposals_stand_when_the_moderator_sets_nothing(desk: Desk) -> None:
    desk.deliver(report(subject="blå M30 i Malmö", text=LETTER))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "GODKÄNN"))
    event = _event(desk)
    assert event.region == "Skåne län" and "fentanyl" in event.what and event.advice == ""
    notice = desk.one(MEMBERS[0], "[VSN GUL]")
    assert notice["Importance"] is None and notice["X-Priority"] is None


def test_keep_greeting_publishes_the_whole_letter(desk: Desk) -> None:
    desk.deliver(report(subject="blå M30 i Malmö", text=LETTER))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "GODKÄNN\nBEHÅLL HÄLSNING"))
    text = _event(desk).text
    assert text.startswith("Hej alla,") and "Kontakta mig gärna" in text
    assert "Med vänlig hälsning" in text


def test_advice_with_personal_data_is_refused(desk: Desk) -> None:
    desk.deliver(report(subject="blå M30 i Malmö", text=LETTER))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1,
                       f"GODKÄNN\nRÅD: Ring Kalle Svensson på {FICTIONAL_MOBILE}"))
    assert "Rubriken eller en del av varningen" in body(desk.one(MOD1, "Inte utfört"))
    assert not desk.sent(MEMBERS[0])
