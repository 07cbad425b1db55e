"""Members as operators manage them: CSV import/export, add, remove, list. The mail
commands live in requests.py, bounced member mail in bounce_mail.py."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass
from email.utils import parseaddr

from sqlalchemy import delete
from sqlmodel import Session, col, select

from mailgate.parse.reply_text import fold
from store import status
from store.models import Bounce, Member
from store.queries import member_by_email
from store.status import MemberStatus
from store.types import utcnow

log = logging.getLogger(__name__)

COLUMNS = ("email", "name", "organisation", "org_type", "role", "region")
ORG_TYPES = ("kommun", "region", "myndighet")


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: tuple[str, ...]
    errors: tuple[str, ...]   # "line N: problem", never the address itself in logs


def normalise(address: str) -> str | None:
    _, addr = parseaddr(address.strip())
    addr = addr.strip().lower()
    local, _, domain = addr.rpartition("@")
    if not local or "." not in domain or " " in addr or domain.startswith("."):
        return None
    return addr


def org_type(value: str) -> str | None:
    """kommun / region / myndighet (any case, diacritics ignored); "" stays ""."""
    folded = fold(value.strip())
    return folded if folded in ORG_TYPES or not folded else None


def import_csv(s: Session, text: str) -> ImportResult:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "email" not in [f.strip() for f in reader.fieldnames]:
        return ImportResult(0, (), ("line 1: the header must name at least the column 'email'",))
    existing = set(s.exec(select(Member.email)))
    added, duplicates, errors = 0, [], []
    for line, row in enumerate(reader, start=2):
        fields = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        problem, member = _member_from(fields)
        if member is None:
            errors.append(f"line {line}: {problem}")
        elif member.email in existing:
            duplicates.append(member.email)
        else:
            existing.add(member.email)
            s.add(member)
            added += 1
    return ImportResult(added, tuple(duplicates), tuple(errors))


def _member_from(fields: dict[str, str]) -> tuple[str, Member | None]:
    email = normalise(fields.get("email", ""))
    if email is None:
        return "not an email address", None
    kind = org_type(fields.get("org_type", ""))
    if kind is None:
        return f"org_type must be one of {', '.join(ORG_TYPES)}", None
    return "", Member(email=email, org_type=kind, name=fields.get("name", ""),
                      organisation=fields.get("organisation", ""),
                      role=fields.get("role", ""), region=fields.get("region", ""))


def export_csv(s: Session) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*COLUMNS, "status"))
    for m in list_members(s):
        writer.writerow((m.email, m.name, m.organisation, m.org_type, m.role, m.region,
                         m.status))
    return out.getvalue()


def add_member(s: Session, fields: dict[str, str]) -> tuple[str, Member | None]:
    """("", member) when added; (problem, None) when refused, e.g. a duplicate."""
    problem, member = _member_from(fields)
    if member is None:
        return problem, None
    found = member_by_email(s, member.email)
    if found is not None and found.status == MemberStatus.ACTIVE:
        return "already a member", None
    if found is not None:  # back after leaving or a suspension: same row, history kept
        _reactivate(s, found, member)
        member = found
    s.add(member)
    return "", member


def _reactivate(s: Session, found: Member, fresh: Member) -> None:
    for column in COLUMNS[1:]:
        setattr(found, column, getattr(fresh, column))
    reactivate(s, found)


def reactivate(s: Session, member: Member) -> None:
    """Back after leaving or a suspension: active, and the bounces that suspended the
    address settled, so they never count again."""
    status.check(member.status, MemberStatus.ACTIVE)
    member.status, member.left_at, member.bounce_score = MemberStatus.ACTIVE, None, 0.0
    s.add(member)
    s.execute(delete(Bounce).where(col(Bounce.member_id) == member.id))


def remove_member(s: Session, email: str) -> bool:
    member = member_by_email(s, normalise(email) or email)
    if member is None or member.status == MemberStatus.LEFT:
        return False
    member.status, member.left_at = MemberStatus.LEFT, utcnow()
    s.add(member)
    return True


def list_members(s: Session) -> list[Member]:
    return list(s.exec(select(Member).order_by(col(Member.email))))
