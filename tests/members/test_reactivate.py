"""ÅTERAKTIVERA: a member suspended for bounces hears how to come back, and comes back by
a reply from an address that works, never by a forged one."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import select

from mailgate.members.reactivate import paused_notices
from store.db import session
from store.models import Bounce, Member

from members.kit import ADMIN, DOMAIN, Kit, days_ago, mail, parsed, text_of

REQUESTS = f"vsn-request@{DOMAIN}"
MEMBER = "medlem0@kommun0.example.se"


@pytest.fixture
def kit(tmp_path: Path) -> Kit:
    kit = Kit(tmp_path)
    kit.members(1, organisation="Kommun 0, socialtjänsten")
    return kit


def _suspend(kit: Kit, since_days: float) -> None:
    with session(kit.engine) as s:
        member = s.exec(select(Member)).one()
        member.status, member.bounce_score = "suspended", 3.0
        s.add(member)
        for _ in range(3):
            s.add(Bounce(member_id=member.id or 0, at=days_ago(since_days), hard=True))


def _notices(kit: Kit) -> int:
    with session(kit.engine) as s:
        return paused_notices(s, kit.ctx)


def _member(kit: Kit) -> Member:
    with session(kit.engine) as s:
        member = s.exec(select(Member)).one()
        s.expunge(member)
        return member


def _last_to(kit: Kit, rcpt: str) -> EmailMessage:
    return parsed(kit.outbox(rcpt=rcpt)[-1])


def test_a_suspended_member_is_told_weekly_three_times_at_most(kit: Kit) -> None:
    _suspend(kit, since_days=1)
    assert _notices(kit) == 1 and _notices(kit) == 0     # once per round
    notice = _last_to(kit, MEMBER)
    assert str(notice["Reply-To"]).startswith("vsn+reactivate-")
    assert "pausade" in text_of(notice) and "studsat" in text_of(notice)

    with session(kit.engine) as s:           # a week later: the second round
        for row in s.exec(select(Bounce)):
            row.at = days_ago(8)
            s.add(row)
    assert _notices(kit) == 1
    with session(kit.engine) as s:           # after three rounds: no more
        for row in s.exec(select(Bounce)):
            row.at = days_ago(22)
            s.add(row)
    assert _notices(kit) == 0


def test_a_reply_from_the_working_address_reactivates(kit: Kit) -> None:
    _suspend(kit, since_days=1)
    _notices(kit)
    address = str(_last_to(kit, MEMBER)["Reply-To"])

    forger = "nagon@annan.example.org"
    kit.deliver(mail(forger, address, "SV: pausade", "ja\n"))
    assert "Ingenting har ändrats" in text_of(_last_to(kit, forger))
    assert _member(kit).status == "suspended"

    kit.deliver(mail(MEMBER, address, "SV: pausade", "ja\n"))
    member = _member(kit)
    assert member.status == "active" and member.bounce_score == 0.0
    assert "Välkommen tillbaka" in text_of(_last_to(kit, MEMBER))
    assert "återaktiverad" in str(_last_to(kit, ADMIN)["Subject"])
    with session(kit.engine) as s:            # the old bounces are settled
        assert not s.exec(select(Bounce)).all()


def test_a_new_address_at_the_same_workplace_takes_the_membership_over(kit: Kit) -> None:
    _suspend(kit, since_days=1)
    new = "ny.adress@kommun0.example.se"
    kit.deliver(mail(new, REQUESTS, f"ÅTERAKTIVERA {MEMBER}", "\n"))
    confirm = _last_to(kit, new)
    assert "flyttas till den här adressen" in text_of(confirm)
    kit.deliver(mail(new, str(confirm["Reply-To"]), "SV: bekräfta", "ja\n"))
    member = _member(kit)
    assert (member.email, member.status) == (new, "active")
    assert MEMBER in text_of(_last_to(kit, ADMIN))


def test_another_domain_must_apply_and_an_active_member_needs_nothing(kit: Kit) -> None:
    _suspend(kit, since_days=1)
    stranger = "ny@privat.example.org"
    kit.deliver(mail(stranger, REQUESTS, f"ÅTERAKTIVERA {MEMBER}", "\n"))
    assert "e-postdomän" in text_of(_last_to(kit, stranger))
    assert not str(_last_to(kit, stranger)["Reply-To"] or "").startswith("vsn+reactivate-")
    assert _member(kit).status == "suspended"

    kit.deliver(mail(MEMBER, REQUESTS, "ÅTERAKTIVERA", "\n"))   # from the address itself
    confirm = _last_to(kit, MEMBER)
    kit.deliver(mail(MEMBER, str(confirm["Reply-To"]), "SV: bekräfta", "ja\n"))
    assert _member(kit).status == "active"
    kit.deliver(mail(MEMBER, REQUESTS, "återaktivera", "\n"))
    assert "redan varningar" in text_of(_last_to(kit, MEMBER))
