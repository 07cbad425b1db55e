"""Forged and unverifiable replies, in process: with a trusted relay configured, nothing
changes state without that relay's pass for the sender's domain (fail closed), every
refusal is audited and explained, and forgeries cannot silence the real moderator."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select

from mailgate.moderate.authority import Refusal
from store.db import session
from store.models import Decision, Member, Question

from moderate.kit import CLEAN_TEXT, DOMAIN, MODERATORS, REPORTER, Desk, body, reply, report

MOD1, MOD2 = MODERATORS
MEMBER = "anna@kommun-a.example.se"
RELAY = "mx.vsn.example.se"


def passed(domain: str) -> tuple[tuple[str, str], ...]:
    return (("Authentication-Results",
             f"{RELAY}; spf=pass smtp.mailfrom={domain}; dkim=pass header.d={domain}; "
             f"dmarc=pass header.from={domain}"),)


MOD_PASS = passed("fhm.example.se")


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    d = Desk(tmp_path, trusted_authserv_id=RELAY)
    with session(d.engine) as s:
        s.add(Member(email=MEMBER, organisation="Org", region="Region"))
    return d


def audit(desk: Desk) -> list[tuple[bool, str, str]]:
    with desk.s() as s:
        rows = s.exec(select(Decision).order_by(col(Decision.id)))
        return [(r.accepted, r.action, r.reason.split(" ")[0]) for r in rows]


def review(desk: Desk, text: str = CLEAN_TEXT) -> EmailMessage:
    desk.deliver(report(text=text))
    return desk.one(MOD1, "[VSN-granskning")


UNVERIFIED = [
    (),                                                                    # no header at all
    (("Authentication-Results", f"{RELAY}; dkim=none; spf=none; dmarc=none"),),
    (("Authentication-Results", f"{RELAY}; dmarc=temperror header.from=fhm.example.se"),),
    (("Authentication-Results", f"{RELAY}; spf=softfail smtp.mailfrom=fhm.example.se"),),
    (("Authentication-Results", f"{RELAY}; dmarc=permerror header.from=fhm.example.se"),),
    (("Authentication-Results", "evil.example.org; dmarc=pass header.from=fhm.example.se"),),
]


@pytest.mark.parametrize("headers", UNVERIFIED)
def test_unverified_decision_is_refused_explained_and_audited(
        desk: Desk, headers: tuple[tuple[str, str], ...]) -> None:
    mail = review(desk)
    desk.deliver(reply(mail, MOD1, "GODKÄNN", headers=headers))
    assert desk.report().status == "held"
    text = body(desk.one(MOD1, "Inte utfört"))
    assert "kunde inte bekräfta" in text and "utförs ingenting" in text
    assert audit(desk) == [(False, "approve", Refusal.AUTH_UNVERIFIED)]
    desk.deliver(reply(mail, MOD1, "GODKÄNN", headers=MOD_PASS))   # the genuine one works
    assert desk.report().status == "published"


def test_explicit_fail_is_auth_failed(desk: Desk) -> None:
    desk.deliver(reply(review(desk), MOD1, "AVSLÅ: skräp", headers=(
        ("Authentication-Results", f"{RELAY}; dkim=pass header.d=fhm.example.se; "
                                   "dmarc=fail header.from=fhm.example.se"),)))
    assert desk.report().status == "held"
    assert "dmarc=fail" in body(desk.one(MOD1, "Inte utfört"))
    assert audit(desk) == [(False, "reject", Refusal.AUTH_FAILED)]


def test_reporters_answer_needs_a_pass_too(desk: Desk) -> None:
    desk.deliver(reply(review(desk), MOD1, "FRÅGA: Vilken färg?", headers=MOD_PASS))
    question = desk.one(REPORTER, "Fråga")
    desk.deliver(reply(question, REPORTER, "Rosa."))
    assert "kunde inte bekräfta" in body(desk.one(REPORTER, "kunde inte tas emot"))
    with desk.s() as s:
        assert s.exec(select(Question)).one().answer is None
    desk.deliver(reply(question, REPORTER, "Rosa.", headers=passed("kommun-a.example.se")))
    with desk.s() as s:
        assert s.exec(select(Question)).one().answer == "Rosa."


def test_correction_needs_a_pass(desk: Desk) -> None:
    desk.deliver(reply(review(desk), MOD1, "GODKÄNN", headers=MOD_PASS))
    confirmation = desk.one(MOD1, "Publicerad")
    desk.deliver(reply(confirmation, MOD1, "ÅTERKALLA: fel"))
    assert "kunde inte bekräfta" in body(desk.one(MOD1, "Inte utfört"))
    assert audit(desk)[-1] == (False, "retract", Refusal.AUTH_UNVERIFIED)


def test_a_comment_is_held_for_review_even_unverified(desk: Desk) -> None:
    # A comment changes nothing until a moderator approves it: no pass is needed to hold it.
    desk.deliver(reply(review(desk), MOD1, "GODKÄNN", headers=MOD_PASS))
    notice = desk.one(MEMBER, "[VSN")
    desk.deliver(reply(notice, MEMBER, "Samma tabletter i Lund."))
    assert desk.one(MOD2, "Kommentar till")


def test_forgeries_in_a_moderators_name_do_not_silence_the_moderator(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    mail = review(desk)
    bogus = f"vsn+review-{'x' * 26}@{DOMAIN}"
    for n in range(12):   # more than the strangers' daily cap of 10
        forged = reply(mail, MOD1, "GODKÄNN", subject=f"SV: förfalskning {n}")
        forged.replace_header("To", bogus)
        desk.deliver(forged)
    assert len(desk.sent(MOD1, "Inte utfört")) == 12
    desk.deliver(reply(mail, MOD1, "GODKÄNN\nAVSLÅ: nej"))   # the real one, unclear
    assert "motsäger varandra" in body(desk.one(MOD1, "Inte utfört"))
    # A stranger still gets no more than the cap.
    for n in range(12):
        desk.deliver(reply(mail, "okand@example.org", "GODKÄNN", subject=f"SV: x {n}"))
    assert len(desk.sent("okand@example.org")) == 10


def test_staff_correction_through_a_notice_needs_a_pass(desk: Desk) -> None:
    # The notice's comment token lets a member's comment be held unverified; a moderator's
    # ÅTERKALLA through the same kind of token acts on the event and needs the pass.
    with session(desk.engine) as s:
        s.add(Member(email=MOD2, organisation="FHM", region="Riket"))
    desk.deliver(reply(review(desk), MOD1, "GODKÄNN", headers=MOD_PASS))
    notice = desk.one(MOD2, "[VSN")
    desk.deliver(reply(notice, MOD2, "ÅTERKALLA: fel substans"))
    assert "kunde inte bekräfta" in body(desk.one(MOD2, "Inte utfört"))
    assert audit(desk)[-1] == (False, "retract", Refusal.AUTH_UNVERIFIED)
    desk.deliver(reply(notice, MOD2, "ÅTERKALLA: fel substans", headers=MOD_PASS))
    assert audit(desk)[-1] == (True, "retract", "")
