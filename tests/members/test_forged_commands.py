"""A forged From: must not change anyone's membership: every state change needs a reply
from the member to a token address we mailed them, one token per purpose, and (with a
trusted relay configured) that relay's pass for the member's domain."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import col, select

from digest.notices.first import notify
from store.db import session
from store.models import Decision, Event, Member

from members.kit import DOMAIN, Kit, mail, parsed, text_of

REQUESTS = f"vsn-request@{DOMAIN}"
MEMBER = "medlem0@kommun0.example.se"
ATTACKER = "angripare@example.org"
RELAY = "mx.vsn.example.se"
PASS = f"{RELAY}; dkim=pass header.d=kommun0.example.se; dmarc=pass header.from=kommun0.example.se"


def _member(kit: Kit) -> Member:
    with session(kit.engine) as s:
        return s.exec(select(Member).where(col(Member.email) == MEMBER)).one()


def _forged(text: str, to: str = REQUESTS, subject: str = "", **headers: str) -> EmailMessage:
    """From: the member, sent by someone else (the envelope sender is the attacker's)."""
    return mail(MEMBER, to, subject or text, text + "\n", **headers)


def _notice(kit: Kit) -> EmailMessage:
    with session(kit.engine) as s:
        event = s.get(Event, kit.event("red"))
        assert event is not None
        notify(s, kit.ctx.identity, kit.ctx.bounce_address, event)
    return parsed(kit.outbox("notice", rcpt=MEMBER)[-1])


def _address(header: str) -> str:
    """The mailto address of a List-Unsubscribe header (the portal's https URL aside)."""
    mailto = next(part for part in header.split(",") if "mailto:" in part)
    return mailto.strip().strip("<>").removeprefix("mailto:").split("?")[0]


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    kit = Kit(tmp_path)
    kit.members(2)
    return kit


def test_forged_settings_change_nothing_and_the_member_is_asked(kit: Kit) -> None:
    kit.deliver(_forged("INSTÄLLNINGAR GUL AV"), mail_from=ATTACKER)
    assert _member(kit).immediate == {}
    (asked,) = [parsed(r) for r in kit.outbox(rcpt=MEMBER)]
    assert "bekräfta" in str(asked["Subject"]) and "GUL: AV" in text_of(asked)
    assert not kit.outbox(rcpt=ATTACKER)
    # Guessing the confirmation address does not work either.
    kit.deliver(_forged("ja", to=f"vsn+settings-{'a' * 26}@{DOMAIN}"), mail_from=ATTACKER)
    assert _member(kit).immediate == {}


def test_a_confirmation_token_works_once(kit: Kit) -> None:
    kit.deliver(mail(MEMBER, REQUESTS, "INSTÄLLNINGAR GUL AV", "\n"))
    address = str(parsed(kit.outbox(rcpt=MEMBER)[-1])["Reply-To"])
    kit.deliver(mail(MEMBER, address, "SV: bekräfta", "ja\n"))
    assert _member(kit).immediate == {"yellow": False}
    kit.deliver(mail(MEMBER, REQUESTS, "INSTÄLLNINGAR GUL PÅ", "\n"))
    kit.deliver(mail(MEMBER, address, "SV: bekräfta igen", "ja\n"))   # the old address
    assert _member(kit).immediate == {"yellow": False}
    assert "redan gjord" in text_of(parsed(kit.outbox(rcpt=MEMBER)[-1]))


def test_comment_address_of_a_notice_cannot_unsubscribe(kit: Kit) -> None:
    notice = _notice(kit)
    comment = str(notice["Reply-To"])
    token = comment.split("+comment-")[1].split("@")[0]
    unsubscribe = _address(str(notice["List-Unsubscribe"]))
    assert token not in unsubscribe
    for purpose in ("leave", "unsubscribe"):
        kit.deliver(_forged("AVSLUTA", to=f"vsn+{purpose}-{token}@{DOMAIN}"),
                    mail_from=ATTACKER)
        assert _member(kit).status == "active"
    kit.deliver(mail(MEMBER, unsubscribe, "AVSLUTA", "\n"))
    assert _member(kit).status == "left"


def test_a_left_member_cannot_be_unsubscribed_again_by_an_old_token(kit: Kit) -> None:
    unsubscribe = _address(str(_notice(kit)["List-Unsubscribe"]))
    kit.deliver(mail(MEMBER, unsubscribe, "AVSLUTA", "\n"))
    kit.deliver(mail(MEMBER, unsubscribe, "AVSLUTA", "\n"))
    assert "redan avslutat" in text_of(parsed(kit.outbox(rcpt=MEMBER)[-1]))


@pytest.fixture
def guarded(tmp_path: Path) -> Kit:
    kit = Kit(tmp_path, moderation={"trusted_authserv_id": RELAY})
    kit.members(2)
    return kit


@pytest.mark.parametrize("header", [
    None,                                                          # no header from the relay
    f"{RELAY}; dkim=none; spf=softfail smtp.mailfrom=kommun0.example.se; dmarc=none",
    f"{RELAY}; dmarc=temperror header.from=kommun0.example.se",
    f"{RELAY}; dkim=pass header.d=example.org",                    # someone else's signature
    "evil.example.org; dmarc=pass header.from=kommun0.example.se",  # not our relay
])
def test_unverified_leave_is_refused_and_audited(guarded: Kit, header: str | None) -> None:
    unsubscribe = _address(str(_notice(guarded)["List-Unsubscribe"]))
    extra = {"Authentication_Results": header} if header else {}
    guarded.deliver(mail(MEMBER, unsubscribe, "AVSLUTA", "\n", **extra))
    assert _member(guarded).status == "active"
    told = text_of(parsed(guarded.outbox(rcpt=MEMBER)[-1]))
    assert "kunde inte bekräfta" in told and "utförs ingenting" in told
    with session(guarded.engine) as s:
        (row,) = s.exec(select(Decision)).all()
        assert (row.action, row.accepted) == ("leave", False)
        assert row.reason.startswith("auth_unverified")
        assert MEMBER not in row.actor   # a reference, never the address


def test_verified_settings_confirmation_applies(guarded: Kit) -> None:
    guarded.deliver(mail(MEMBER, REQUESTS, "INSTÄLLNINGAR GRÖN PÅ", "\n",
                         Authentication_Results=PASS))
    address = str(parsed(guarded.outbox(rcpt=MEMBER)[-1])["Reply-To"])
    guarded.deliver(mail(MEMBER, address, "SV: bekräfta", "ja\n"))   # no pass: refused
    assert _member(guarded).immediate == {}
    guarded.deliver(mail(MEMBER, address, "SV: bekräfta", "ja\n",
                         Authentication_Results=f"{RELAY}; dkim=fail header.d=kommun0."
                                                "example.se; dmarc=fail"))
    assert _member(guarded).immediate == {}
    assert "dkim=fail" in text_of(parsed(guarded.outbox(rcpt=MEMBER)[-1]))
    guarded.deliver(mail(MEMBER, address, "SV: bekräfta", "ja\n", Authentication_Results=PASS))
    assert _member(guarded).immediate == {"green": True}
    with session(guarded.engine) as s:
        outcomes = [(d.action, d.accepted) for d in s.exec(select(Decision))]
    assert outcomes == [("settings", False), ("settings", False), ("settings", True)]
