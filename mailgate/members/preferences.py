"""INSTÄLLNINGAR / SETTINGS: which urgencies arrive at once, and the digest on or off.

    INSTÄLLNINGAR                       shows the current settings
    INSTÄLLNINGAR GUL AV, GRÖN PÅ       changes them (one pair per line works too)
    SETTINGS YELLOW OFF GREEN ON DIGEST OFF

Red cannot be turned off while one is a member; the tier policy says what may change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from mailgate.context import Context
from mailgate.parse import Mail
from mailgate.parse.reply_text import fold
from mailgate.replies import answer
from store.models import Member

DIGEST = "digest"
SUBJECTS = {"rod": "red", "red": "red", "gul": "yellow", "yellow": "yellow",
            "gron": "green", "green": "green", "sammanfattning": DIGEST,
            "sammanfattningen": DIGEST, "veckosammanfattning": DIGEST, "digest": DIGEST}
VALUES = {"pa": True, "on": True, "ja": True, "yes": True,
          "av": False, "off": False, "nej": False, "no": False}
_PAIR = re.compile(r"\b(" + "|".join(SUBJECTS) + r")\b\s*[:=]?\s*(" + "|".join(VALUES) + r")\b")


@dataclass(frozen=True)
class Change:
    subject: str        # "yellow", "green", "digest"
    on: bool
    accepted: bool      # False: the policy does not let members change this


def read_changes(lines: tuple[str, ...]) -> list[tuple[str, bool]]:
    found: dict[str, bool] = {}
    for line in lines:
        for subject, value in _PAIR.findall(fold(line)):
            found[SUBJECTS[subject]] = VALUES[value]
    return list(found.items())


def apply(ctx: Context, member: Member, wanted: list[tuple[str, bool]]) -> list[Change]:
    policy = ctx.settings.tiers
    choices = dict(member.immediate or {})
    changes = []
    for subject, on in wanted:
        if subject == DIGEST:
            member.digest = on
            changes.append(Change(subject, on, True))
        elif policy.changeable(subject):
            choices[subject] = on
            changes.append(Change(subject, on, True))
        else:
            changes.append(Change(subject, on, False))
    member.immediate = choices  # a new dict, so the JSON column is written
    return changes


def change(s: Session, ctx: Context, mail: Mail, lines: tuple[str, ...],
           member: Member | None) -> None:
    assert member is not None  # commands.py lets only members through
    changes = apply(ctx, member, read_changes(lines))
    s.add(member)
    policy = ctx.settings.tiers
    answer(s, ctx, mail.sender, "member/settings", subject="VSN: dina inställningar",
           in_reply_to=mail.message_id, changes=changes,
           at_once=policy.summary(member.immediate or {}),
           changeable={u: policy.changeable(u) for u in ("red", "yellow", "green")},
           digest=member.digest, requests=ctx.settings.address(ctx.settings.gateway.requests))
