"""Reporters stay in the loop, and comments are reviewed as comments: what a reporter, a
commenter and the moderators would notice, in process (real store, flow and templates)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlmodel import col, select

from mailgate.hold.review import send_review
from store.db import session
from store.models import Decision, EventUpdate, Member

from moderate.kit import CLEAN_TEXT, MODERATORS, REPORTER, Desk, body, reply, report
from synthetic import FICTIONAL_MOBILE

MOD1, MOD2 = MODERATORS
MEMBER = "anna@kommun-a.example.se"
ADDITION = "Tabletterna var ljusblå och präglade M30 på ena sidan, släta på den andra."


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path)
    with session(d.engine) as s:
        s.add(Member(email=MEMBER, organisation="Kommun A", region="Skåne"))
    return d


def ack_of(desk: Desk) -> object:
    return desk.one(REPORTER, "Mottaget:")


def published_event(desk: Desk) -> None:
    desk.deliver(report(text=CLEAN_TEXT))
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1,
                       "GODKÄNN RÖD\nRUBRIK: M30 med fentanyl"))


def audit_reasons(desk: Desk) -> list[str]:
    with desk.s() as s:
        return [r.reason.split(" ")[0] for r in s.exec(select(Decision).order_by(col(Decision.id)))]


# -- the reporter hears of the publication --------------------------------------------------

def test_reporter_is_told_of_the_publication_with_the_text_members_got(desk: Desk) -> None:
    published_event(desk)
    told = desk.one(REPORTER, "Publicerad: din rapport 2026-0001")
    notice = body(desk.one(MEMBER, "[VSN RÖD]"))
    text = body(told)
    assert "publicerad som varning (RÖD)" in text
    for line in ("M30 med fentanyl", "Uppgiften är inte verifierad. Referens: 2026-0001",
                 CLEAN_TEXT):
        assert line in text and line in notice           # the same warning, the same words
    assert MOD1 not in told.as_string()                 # moderators stay anonymous
    assert str(told["Reply-To"]).startswith("vsn+addition-")
    assert told.get_body(preferencelist=("html",)) is not None


def test_a_rejected_report_is_not_announced_as_published(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "AVSLÅ: dubblett"))
    assert desk.sent(REPORTER, "Publicerad") == []


# -- a reply to the acknowledgement adds to the report ---------------------------------------

def test_a_reply_to_the_acknowledgement_is_appended_and_reviewed_again(desk: Desk) -> None:
    desk.deliver(report())
    ack = ack_of(desk)
    assert str(ack["Reply-To"]).startswith("vsn+addition-")
    assert "Svara på detta mejl" in body(ack)
    old = desk.one(MOD2, "[VSN-granskning")

    desk.deliver(reply(ack, REPORTER, f"{ADDITION}\nRing {FICTIONAL_MOBILE} om ni undrar."))

    assert desk.report().reference == "2026-0001"           # no "SV: Mottaget" report
    held = desk.report()
    assert held.status == "held" and "[Tillägg från rapportören" in held.text
    # After the body, before the sign-off (which the review cuts with all that follows it).
    assert held.text.index("om ni undrar.") < held.text.index("Mvh\nHandläggare A")
    assert "Mottaget:" not in held.text.split("[Tillägg")[1]  # the quote is cut off
    latest = desk.sent(MOD2, "[VSN-granskning")[-1]
    review = body(latest)
    assert "Rapportören har skickat ett tillägg" in review
    assert "präglade M30" in review and "[TELEFON" in review and FICTIONAL_MOBILE in review
    assert "Tack! Ditt tillägg" in body(desk.one(REPORTER, "Tillägget till 2026-0001"))

    desk.deliver(reply(old, MOD2, "GODKÄNN"))              # numbered the old findings
    assert "nyare granskningsmejl" in body(desk.one(MOD2, "Inte utfört"))
    desk.deliver(reply(latest, MOD2, "GODKÄNN"))
    notice = body(desk.one(MEMBER, "[VSN"))
    assert "präglade M30" in notice and FICTIONAL_MOBILE not in notice


def test_a_reporter_may_add_twice_and_only_the_reporter(desk: Desk) -> None:
    desk.deliver(report())
    ack = ack_of(desk)
    desk.deliver(reply(ack, REPORTER, "Det var i Malmö."))
    desk.deliver(reply(ack, REPORTER, "Två personer vårdades på IVA."))
    desk.deliver(reply(ack, "annan@kommun-b.example.se", "Jag vill också lägga till något."))
    text = desk.report().text
    assert "Malmö" in text and "IVA" in text and "också" not in text
    assert audit_reasons(desk)[-1] == "wrong_sender"
    assert "annan adress" in body(desk.one("annan@kommun-b.example.se", "kunde inte tas emot"))


def test_an_empty_addition_changes_nothing(desk: Desk) -> None:
    desk.deliver(report())
    before = desk.report().text
    desk.deliver(reply(ack_of(desk), REPORTER, ""))
    assert desk.report().text == before
    assert "Svaret var tomt" in body(desk.one(REPORTER, "kunde inte tas emot"))


def test_a_bottom_posted_addition_counts(desk: Desk) -> None:
    desk.deliver(report())
    ack = ack_of(desk)
    quoted = "\n".join("> " + line for line in body(ack).splitlines())
    answer = reply(ack, REPORTER, "")
    answer.set_content(f"Den 3 dec. 2026 skrev VSN <vsn@vsn.example.se>:\n{quoted}\n\n{ADDITION}\n")
    desk.deliver(answer)
    text = desk.report().text
    assert ADDITION in text and text.index(ADDITION) < text.index("Mvh")


def test_after_publication_an_addition_reaches_the_moderators_as_a_correction(desk: Desk) -> None:
    published_event(desk)
    told = desk.one(REPORTER, "Publicerad: din rapport")
    desk.deliver(reply(told, REPORTER, f"Rättelse: det var {FICTIONAL_MOBILE} som ringde, "
                                       "och tabletterna var ljusblå, inte vita."))
    for moderator in MODERATORS:
        proposal = desk.one(moderator, "Tillägg efter publicering")
        text = body(proposal)
        assert "efter att varningen publicerades" in text and "ljusblå" in text
        assert "[TELEFON 1]" in text and "RÄTTELSE: <text>" in text
        assert str(proposal["Reply-To"]).startswith("vsn+event-")
    assert desk.report().status == "published"               # nothing changed by itself
    with desk.s() as s:
        assert s.exec(select(EventUpdate)).all() == []

    proposal = desk.one(MOD2, "Tillägg efter publicering")
    desk.deliver(reply(proposal, MOD2, "RÄTTELSE: Tabletterna var ljusblå, inte vita."))
    update = body(desk.one(MEMBER, "RÄTTELSE"))
    assert "ljusblå, inte vita" in update and FICTIONAL_MOBILE not in update


def test_the_acknowledgement_of_a_rejected_report_no_longer_adds(desk: Desk) -> None:
    desk.deliver(report())
    ack = ack_of(desk)
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "AVSLÅ: inte en varning"))
    desk.deliver(reply(ack, REPORTER, ADDITION))
    assert ADDITION not in desk.report().text
    assert "färdigbehandlad" in body(desk.one(REPORTER, "kunde inte tas emot"))


# -- comments are reviewed and thanked as comments ------------------------------------------

def comment_review(desk: Desk) -> object:
    published_event(desk)
    notice = desk.one(MEMBER, "[VSN RÖD]")
    desk.deliver(reply(notice, MEMBER, "Vi har sett samma tabletter i Lund i veckan."))
    return desk.one(MOD1, "Kommentar till")


def test_a_comments_review_names_the_event_and_offers_only_what_applies(desk: Desk) -> None:
    text = body(comment_review(desk))
    assert "Ny kommentar att granska: 2026-0002" in text
    assert "Kommentar till varningen 2026-0001: M30 med fentanyl" in text
    assert "Varningens brådskandegrad: RÖD" in text
    commands = text.split("== Så svarar du")[1]
    assert "GODKÄNN" in commands and "AVSLÅ" in commands and "--- TEXT ---" in commands
    for absent in ("GODKÄNN RÖD", "RUBRIK", "VERIFIERAD", "FRÅGA"):
        assert absent not in commands
    assert "Ny rapport att granska" not in text


def test_urgency_or_title_on_a_comment_is_refused_with_the_reason(desk: Desk) -> None:
    review = comment_review(desk)
    desk.deliver(reply(review, MOD1, "GODKÄNN GUL\nRUBRIK: Lund"))
    refused = body(desk.one(MOD1, "Inte utfört"))
    assert "RÖD/GUL/GRÖN, RUBRIK gäller inte kommentarer" in refused
    assert desk.report().status == "held"
    desk.deliver(reply(review, MOD1, "Godkänd"))
    assert desk.report().status == "published"


def test_the_commenter_is_thanked_for_a_comment_and_told_when_it_is_published(desk: Desk) -> None:
    review = comment_review(desk)
    ack = body(desk.one(MEMBER, "Mottaget:"))
    assert "Tack för din kommentar till varningen 2026-0001" in ack
    assert "din rapport" not in ack
    desk.deliver(reply(review, MOD1, "GODKÄNN"))
    told = desk.one(MEMBER, "Publicerad: din kommentar 2026-0002")
    assert "samma tabletter i Lund" in body(told)


def click(desk: Desk, moderator: str, link: str) -> None:
    """Send what a mail client opens for a mailto: link, unchanged."""
    address, _, query = link.removeprefix("mailto:").partition("?")
    fields = dict(pair.split("=", 1) for pair in query.split("&"))
    clicked = EmailMessage()
    clicked["From"], clicked["To"] = moderator, address
    clicked["Subject"] = unquote(fields["subject"])
    clicked.set_content(unquote(fields["body"]))
    desk.deliver(clicked)


def links(mail: EmailMessage) -> list[str]:
    return [line.strip() for line in body(mail).splitlines() if line.strip().startswith("mailto:")]


@pytest.mark.parametrize("which", [0, 1])
def test_the_proposals_links_publish_the_masked_addition(desk: Desk, which: int) -> None:
    published_event(desk)
    desk.deliver(reply(ack_of(desk), REPORTER,             # the acknowledgement works too
                       f"Tabletterna var ljusblå.\nRing {FICTIONAL_MOBILE}."))
    click(desk, MOD1, links(desk.one(MOD1, "Tillägg efter publicering"))[which])
    # A note arrives as RÄTTELSE; a new text replaces the notice still queued here.
    latest = body(desk.sent(MEMBER, "[VSN")[-1])
    assert "Tabletterna var ljusblå. Ring [TELEFON]." in " ".join(latest.split())
    assert FICTIONAL_MOBILE not in latest
    if which == 1:  # a new text: the published one with the addition last
        assert CLEAN_TEXT in latest


def test_an_escalated_comment_review_still_reads_as_a_comment(desk: Desk) -> None:
    comment_review(desk)
    with session(desk.engine) as s:
        report = s.get(type(desk.report()), desk.report().id)
        assert report is not None and report.event_id is not None
        send_review(s, desk.ctx, report, MOD2, banner="ESKALERING 1, väntat 20 min")
    text = body(desk.one(MOD2, "ESKALERING"))
    assert text.startswith("*** ESKALERING 1, väntat 20 min: kommentaren är ännu inte granskad.")
    assert "Kommentar till varningen 2026-0001" in text


def test_a_bottom_posted_answer_to_a_question_reaches_the_review(desk: Desk) -> None:
    desk.deliver(report())
    desk.deliver(reply(desk.one(MOD1, "[VSN-granskning"), MOD1, "FRÅGA: Vilken prägling?"))
    question = desk.one(REPORTER, "Fråga om din rapport")
    quoted = "\n".join("> " + line for line in body(question).splitlines())
    answer = reply(question, REPORTER, "")
    answer.set_content(f"Den 3 dec. 2026 skrev VSN <vsn@vsn.example.se>:\n{quoted}\n\n"
                       "M30 på ena sidan, slät på den andra.\n")
    desk.deliver(answer)
    assert "slät på den andra" in body(desk.sent(MOD2, "[VSN-granskning")[-1])
