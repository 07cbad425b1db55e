"""Reply tokens, the one scheme for every layer: 128 random bits from `secrets`, only their
SHA-256 stored, each bound to (purpose, object, person). Issued one at a time for a reply
address, or in bulk for mail to members (`issue_many`). A token alone never authorises
anything (see mailgate/moderate/authority.py)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import update
from sqlmodel import Session, col, select

from store.bulk import insert_many
from store.models import Token
from store.types import utcnow


class TokenProblem(StrEnum):
    """Why a token cannot be used, in the order they are checked."""

    UNKNOWN = "unknown"
    WRONG_PURPOSE = "wrong_purpose"
    REVOKED = "revoked"      # a newer mail replaced the one it came in
    USED = "used"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Checked:
    token: Token | None
    problem: TokenProblem | None


def new_token() -> str:
    # base32 in lower case survives MTAs that fold the case of local parts: 26 characters.
    return base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=").lower()


def digest(token: str) -> str:
    return hashlib.sha256(token.lower().encode()).hexdigest()


def issue(s: Session, purpose: str, object_id: int, person: str,
          expires_at: datetime | None) -> str:
    token = new_token()
    s.add(Token(digest=digest(token), purpose=purpose, object_id=object_id,
                person=person.lower(), expires_at=expires_at))
    return token


@dataclass(frozen=True)
class Grant:
    """What one token of a bulk issue is for."""

    purpose: str
    object_id: int
    person: str


def issue_many(s: Session, grants: list[Grant], expires_at: datetime | None) -> list[str]:
    """One token per grant, inserted in one statement; returns them in the same order."""
    issued = [new_token() for _ in grants]
    t = Token.__table__  # type: ignore[attr-defined]
    insert_many(s, t, {"created_at": utcnow(), "expires_at": expires_at},
                ("digest", "purpose", "object_id", "person"),
                [(digest(tok), str(g.purpose), g.object_id, g.person.lower())
                 for tok, g in zip(issued, grants, strict=True)])
    return issued


def check(s: Session, token: str, purpose: str) -> Checked:
    row = s.exec(select(Token).where(col(Token.digest) == digest(token))).first()
    if row is None:
        return Checked(None, TokenProblem.UNKNOWN)
    if row.purpose != purpose:
        return Checked(row, TokenProblem.WRONG_PURPOSE)
    if row.revoked_at is not None:
        return Checked(row, TokenProblem.REVOKED)
    if row.used_at is not None:
        return Checked(row, TokenProblem.USED)
    if row.expires_at is not None and row.expires_at <= utcnow():
        return Checked(row, TokenProblem.EXPIRED)
    return Checked(row, None)


def spend(s: Session, row: Token) -> None:
    row.used_at = utcnow()
    s.add(row)


def revoke(s: Session, purpose: str, object_id: int) -> int:
    """Every unused token of (purpose, object) stops working; how many there were."""
    stmt = (update(Token)
            .where(col(Token.purpose) == purpose, col(Token.object_id) == object_id,
                   col(Token.used_at).is_(None), col(Token.revoked_at).is_(None))
            .values(revoked_at=utcnow()))
    return int(s.execute(stmt).rowcount)  # type: ignore[attr-defined]
