"""Notices by tier: who gets one, what it carries, and that each is queued once."""

from __future__ import annotations

from email.utils import parseaddr
from pathlib import Path

from sqlmodel import col, select

from digest.compose.message import Draft, compose
from digest.notices.first import notify
from store import tokens
from store.db import session
from store.models import Event, Member
from store.queries import notice_recipients
from store.status import TokenPurpose
from store.tokens import Grant, issue_many

from members.kit import DOMAIN, Kit, parsed, text_of


def _notify(kit: Kit, event_id: int) -> int:
    with session(kit.engine) as s:
        event = s.get(Event, event_id)
        assert event is not None
        return notify(s, kit.ctx.identity, kit.ctx.bounce_address, event,
                      policy=kit.ctx.settings.tiers)


def test_tiers_decide_who_gets_a_notice_at_once(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    everyone = kit.members(4)
    with session(kit.engine) as s:
        quiet, keen, gone = (s.get(Member, i) for i in everyone[1:])
        assert quiet and keen and gone
        quiet.immediate = {"yellow": False, "red": False, "green": False}
        keen.immediate = {"green": True}
        gone.status = "left"
        s.add_all([quiet, keen, gone])
    counts = {u: _notify(kit, kit.event(u)) for u in ("red", "yellow", "green")}
    # Red reaches everyone active; yellow and green everyone who did not turn them off.
    assert counts == {"red": 3, "yellow": 2, "green": 2}


def test_notice_headers_tokens_and_forwardable_block(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    (member_id,) = kit.members(1)
    event_id = kit.event("red", "Fentanyl i falska tabletter")
    assert _notify(kit, event_id) == 1
    assert _notify(kit, event_id) == 0          # queued once: notice:<event>:<member>
    (row,) = kit.outbox("notice")
    msg = parsed(row)
    assert row.dedupe_key == f"notice:{event_id}:{member_id}"
    assert str(msg["Subject"]) == "[VSN RÖD] Fentanyl i falska tabletter"
    assert msg["X-VSN-Urgency"] == "red" and msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Auto-Response-Suppress"] == "All" and msg["List-Id"]
    assert str(msg["Message-ID"]).endswith(f"@{DOMAIN}>") and msg["List-Help"]
    assert msg.get_content_type() == "multipart/alternative"
    with session(kit.engine) as s:
        member = s.get(Member, member_id)
        assert member is not None
        assert row.mail_from == f"vsn-bounces+{member.verp}@{DOMAIN}"     # VERP
        comment = str(msg["Reply-To"]).split("+comment-")[1].split("@")[0]
        assert tokens.check(s, comment, TokenPurpose.COMMENT).problem is None
        unsub = str(msg["List-Unsubscribe"])
        assert "<mailto:vsn+unsubscribe-" in unsub and "subject=AVSLUTA" in unsub
        # One token per purpose: the comment address a member CCs cannot unsubscribe them.
        unsubscribe = unsub.split("+unsubscribe-")[1].split("@")[0]
        checked = tokens.check(s, unsubscribe, TokenPurpose.UNSUBSCRIBE)
        assert unsubscribe != comment and checked.problem is None
        assert checked.token is not None and checked.token.object_id == member_id
        assert tokens.check(s, comment, TokenPurpose.UNSUBSCRIBE).problem == "wrong_purpose"
        assert notice_recipients(s, event_id) == {member_id}
    text = text_of(msg)
    assert "SPRID VIDARE" in text and "får vidarebefordras" in text
    assert member.email not in text   # the forwardable body names no member


def test_stencil_matches_a_composed_message(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    kit.members(2)
    _notify(kit, kit.event("yellow", "Gul varning"))
    first, second = (parsed(r) for r in kit.outbox("notice"))
    assert text_of(first) == text_of(second)
    assert first["Message-ID"] != second["Message-ID"]
    reference = compose(kit.ctx.identity, Draft(to="x@y.se", subject="s", text="t",
                                                           html="<p>t</p>"))
    assert set(reference.keys()) <= set(first.keys())
    assert parseaddr(str(first["To"]))[1].startswith("medlem")


def test_bulk_tokens_are_accepted_by_mailgate(tmp_path: Path) -> None:
    kit = Kit(tmp_path)
    with session(kit.engine) as s:
        (token,) = issue_many(s, [Grant("leave", 7, "A@B.se")], None)
    with session(kit.engine) as s:
        checked = tokens.check(s, token, "leave")
        assert checked.problem is None and checked.token is not None
        assert checked.token.person == "a@b.se" and checked.token.object_id == 7
        assert not s.exec(select(Member).where(col(Member.id) == 7)).first()
