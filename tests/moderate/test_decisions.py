"""Moderation by reply, in process: what a moderator, a reporter and members would notice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlmodel import col, select

from store.db import session
from store.models import Decision, Event, Member, Token

from moderate.kit import ADMIN, CLEAN_TEXT, MODERATORS, PNR, REPORTER, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBERS = ("anna@kommun-a.example.se", "bo@region-b.example.se")


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add_all(Member(email=m, organisation="Org", region="Region") for m in MEMBERS)
    return d


def review_of(desk: Desk, moderator: str = MOD1, subject_part: str = "[VSN-granskning"):
    return desk.one(moderator, subject_part)


def audit(desk: Desk) -> list[tuple[bool, str, str]]:
    with desk.s() as s:
        rows = s.exec(select(Decision).order_by(col(Decision.id)))
        return [(r.accepted, r.action, r.reason.split(" ")[0]) for r in rows]


def test_approve_with_urgency_change_and_kept_finding(desk: Desk) -> None:
    desk.deliver(report(subject="Fentanyl i falska oxykodontabletter"))
    review = review_of(desk)
    assert "GUL (rapportören angav ingen; standardvärde)" in body(review)
    numbered = body(review)
    assert "[NAMN 1]" in numbered and "[PERSONNUMMER 2]" in numbered

    desk.deliver(reply(review, MOD1, "GODKÄNN RÖD VERIFIERAD\nBEHÅLL 1\nRUBRIK: Fentanyl i M30"))

    for member in MEMBERS:
        notice = desk.one(member, "[VSN RÖD]")
        text = body(notice)
        assert "Fentanyl i M30" in str(notice["Subject"])
        assert "Kalle Svensson" in text            # kept: the moderator said it is no person
        assert PNR not in text and "[PERSONNUMMER]" in text
        assert "verifierad" in text
    confirmation = desk.one(MOD1, "Publicerad")
    assert str(confirmation["Reply-To"]).startswith("vsn+event-")
    assert audit(desk) == [(True, "approve", "")]


def test_edited_text_with_personal_data_is_reviewed_again_not_published(desk: Desk) -> None:
    desk.deliver(report())
    old1, old2 = review_of(desk, MOD1), review_of(desk, MOD2)
    edited = f"Blå M30-tabletter med fentanyl. Kontakt {FICTIONAL_MOBILE}."

    desk.deliver(reply(old1, MOD1, f"GODKÄNN\n--- TEXT ---\n{edited}\n--- SLUT ---"))

    assert not any(desk.sent(m) for m in MEMBERS)
    again = desk.sent(MOD2, "[VSN-granskning")
    assert len(again) == 2
    assert "[TELEFON 1]" in body(again[-1]) and "skannats igen" in body(again[-1])
    # The old mail numbered other findings: it can no longer decide anything.
    desk.deliver(reply(old2, MOD2, "GODKÄNN"))
    assert "nyare granskningsmejl" in body(desk.one(MOD2, "Inte utfört"))
    assert not any(desk.sent(m) for m in MEMBERS)

    desk.deliver(reply(again[-1], MOD2, "GODKÄNN"))
    notice = desk.one(MEMBERS[0], "[VSN")
    assert "Blå M30-tabletter med fentanyl. Kontakt [TELEFON]." in body(notice)


def test_edited_clean_text_with_approve_publishes_it(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(review_of(desk), MOD1,
                       f"godkänn\n--- TEXT ---\n{CLEAN_TEXT}\n--- SLUT ---"))
    assert CLEAN_TEXT in body(desk.one(MEMBERS[0], "[VSN RÖD]"))


def test_edit_without_approve_only_reviews_again(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(review_of(desk), MOD1, f"--- TEXT ---\n{CLEAN_TEXT}\n--- SLUT ---"))
    assert not any(desk.sent(m) for m in MEMBERS)
    latest = desk.sent(MOD1, "[VSN-granskning")[-1]
    assert CLEAN_TEXT in body(latest) and "Inga hittades" in body(latest)


def test_reject_tells_the_reporter_the_reason(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(review_of(desk), MOD1, "AVSLÅ: Dubblett av 2026-0001"))
    told = desk.one(REPORTER, "publiceras inte")
    assert "Dubblett av 2026-0001" in body(told)
    assert desk.report().status == "rejected"
    assert not any(desk.sent(m) for m in MEMBERS)


def test_question_goes_to_reporter_and_the_answer_returns_to_review(desk: Desk) -> None:
    desk.deliver(report())
    review = review_of(desk)
    desk.deliver(reply(review, MOD1, "FRÅGA: Vilken prägling hade tabletterna?"))
    question = desk.one(REPORTER, "Fråga om din rapport")
    assert "Vilken prägling hade tabletterna?" in body(question)
    assert MOD1 not in question.as_string()          # moderators stay anonymous
    assert desk.report().status == "held"

    desk.deliver(reply(question, REPORTER, "De var präglade M30 på ena sidan."))

    again = desk.sent(MOD2, "[VSN-granskning")[-1]
    assert "Frågor och svar" in body(again) and "präglade M30" in body(again)
    assert desk.one(REPORTER, "Tack för ditt svar")
    # The question decided nothing: the first review mail still approves.
    desk.deliver(reply(review, MOD1, "GODKÄNN"))
    assert desk.report().status == "published"


def test_reply_from_anyone_else_changes_nothing(desk: Desk) -> None:
    desk.deliver(report())
    review = review_of(desk)
    outsider = "someone@elsewhere.example.org"
    desk.deliver(reply(review, outsider, "GODKÄNN"))
    desk.deliver(reply(review, MOD2, "GODKÄNN"))              # another moderator's token
    two_from = reply(review, MOD1, "GODKÄNN")
    two_from.replace_header("From", f"{MOD1}, {outsider}")
    desk.deliver(two_from)
    assert desk.report().status == "held"
    assert [reason for _, _, reason in audit(desk)] == ["wrong_sender"] * 3
    assert "annan adress" in body(desk.one(outsider, "Inte utfört"))


def test_reused_token_is_told_who_decided_and_when(desk: Desk) -> None:
    desk.deliver(report())
    review1, review2 = review_of(desk, MOD1), review_of(desk, MOD2)
    desk.deliver(reply(review1, MOD1, "GODKÄNN"))
    desk.deliver(reply(review1, MOD1, "AVSLÅ: fel"))
    desk.deliver(reply(review2, MOD2, "AVSLÅ: fel"))
    late = body(desk.one(MOD2, "Inte utfört"))
    assert f"redan avgjord av {MOD1}" in late and "UTC (approve)" in late
    assert desk.report().status == "published"
    assert audit(desk) == [(True, "approve", ""), (False, "reject", "already_decided"),
                           (False, "reject", "already_decided")]


def test_expired_token_refused(desk: Desk) -> None:
    desk.deliver(report())
    with session(desk.engine) as s:
        for token in s.exec(select(Token)):
            token.expires_at = token.created_at
            s.add(token)
    desk.deliver(reply(review_of(desk), MOD1, "GODKÄNN"))
    assert desk.report().status == "held"
    assert "gått ut" in body(desk.one(MOD1, "Inte utfört"))
    assert audit(desk)[-1] == (False, "approve", "expired_token")


def test_unclear_and_empty_replies_do_nothing_and_get_instructions(desk: Desk) -> None:
    desk.deliver(report())
    review = review_of(desk)
    desk.deliver(reply(review, MOD1, ""))
    desk.deliver(reply(review, MOD1, "GODKÄNN\nAVSLÅ: nej"))
    desk.deliver(reply(review, MOD1, "Godkänn inte än"))
    answers = [body(m) for m in desk.sent(MOD1, "Inte utfört")]
    assert "Ett tomt svar avgör aldrig något" in answers[0]
    assert "motsäger varandra" in answers[1]
    assert "Godkänn inte än" in answers[2]
    assert all("GODKÄNN [RÖD|GUL|GRÖN]" in a for a in answers)
    assert desk.report().status == "held"
    assert [r for _, _, r in audit(desk)] == ["unclear"] * 3


def test_removed_moderator_can_no_longer_decide(tmp_path: Path) -> None:
    first = Desk(tmp_path)
    first.deliver(report())
    review = first.one(MOD2, "[VSN-granskning")
    later = Desk(tmp_path, moderators=[MOD1])        # MOD2 left the moderator list
    later.deliver(reply(review, MOD2, "GODKÄNN"))
    assert later.report().status == "held"
    assert audit(later)[-1] == (False, "approve", "not_a_moderator")


def test_two_simultaneous_approvals_publish_once(desk: Desk) -> None:
    desk.deliver(report())
    replies = [reply(review_of(desk, m), m, "GODKÄNN") for m in MODERATORS]
    threads = [threading.Thread(target=desk.deliver, args=(r,)) for r in replies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with desk.s() as s:
        assert len(list(s.exec(select(Event)))) == 1
    assert sorted(a for a, _, _ in audit(desk)) == [False, True]
    assert len(desk.sent(MEMBERS[0], "[VSN")) == 1


def test_admin_is_not_a_moderator(desk: Desk) -> None:
    desk.deliver(report())
    review = reply(review_of(desk), ADMIN, "GODKÄNN")
    desk.deliver(review)
    assert desk.report().status == "held"


def test_subject_becomes_a_masked_title_without_the_urgency_label(desk: Desk) -> None:
    desk.deliver(report(subject="RÖD: Kalle Svensson hittad efter blå M30"))
    review = review_of(desk)
    assert "Föreslagen rubrik: [NAMN] hittad efter blå M30" in body(review)
    desk.deliver(reply(review, MOD1, "GODKÄNN"))
    assert str(desk.one(MEMBERS[0], "[VSN")["Subject"]) == "[VSN RÖD] [NAMN] hittad efter blå M30"


def test_title_with_personal_data_is_refused(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(review_of(desk), MOD1, "GODKÄNN\nRUBRIK: Kalle Svensson dog av M30"))
    assert "Rubriken eller en del av varningen (RUBRIK:" in body(desk.one(MOD1, "Inte utfört"))
    assert desk.report().status == "held"
    assert audit(desk)[-1] == (False, "approve", "personal_data")


def test_approved_comment_is_confirmed_as_a_comment(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(review_of(desk), MOD1, "GODKÄNN"))
    notice = desk.one(MEMBERS[0], "[VSN RÖD]")
    desk.deliver(reply(notice, MEMBERS[0], "Vi har sett samma tabletter i Lund."))
    comment_review = desk.one(MOD2, "Kommentar till")
    desk.deliver(reply(comment_review, MOD2, "GODKÄNN"))
    confirmation = desk.one(MOD2, "Publicerad kommentar")
    assert "publicerad på varningen" in body(confirmation)
    assert confirmation["Reply-To"] is None          # nothing to correct by reply here
