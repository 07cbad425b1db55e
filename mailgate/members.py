"""Members: CSV import and listing (the mail commands live in commands.py)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from email.utils import parseaddr

from sqlmodel import Session, col, select

from store.models import Member

COLUMNS = ("email", "name", "organisation", "org_type", "role", "region")
REQUIRED = ("email",)


@dataclass(frozen=True)
class ImportResult:
    added: int
    duplicates: tuple[str, ...]
    errors: tuple[str, ...]   # "line N: problem", never the address itself in logs


def normalise(address: str) -> str | None:
    _, addr = parseaddr(address.strip())
    addr = addr.strip().lower()
    local, _, domain = addr.rpartition("@")
    if not local or "." not in domain or " " in addr:
        return None
    return addr


def import_csv(s: Session, text: str) -> ImportResult:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "email" not in [f.strip() for f in reader.fieldnames]:
        return ImportResult(0, (), ("line 1: the header must name at least the column 'email'",))
    existing = set(s.exec(select(Member.email)))
    added, duplicates, errors = 0, [], []
    for line, row in enumerate(reader, start=2):
        fields = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        email = normalise(fields.get("email", ""))
        if email is None:
            errors.append(f"line {line}: not an email address")
            continue
        if email in existing:
            duplicates.append(email)
            continue
        existing.add(email)
        s.add(Member(email=email, name=fields.get("name", ""),
                     organisation=fields.get("organisation", ""),
                     org_type=fields.get("org_type", ""), role=fields.get("role", ""),
                     region=fields.get("region", "")))
        added += 1
    return ImportResult(added, tuple(duplicates), tuple(errors))


def list_members(s: Session) -> list[Member]:
    return list(s.exec(select(Member).order_by(col(Member.email))))
