"""Reply tokens: 128 random bits from `secrets`, only their SHA-256 stored, each bound to
(purpose, object, person). A token alone never authorises anything (see authority.py)."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import update
from sqlmodel import Session, col, select

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
