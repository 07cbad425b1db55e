"""Reply tokens issued in bulk for mail to members (comment and unsubscribe addresses).

The scheme is mailgate/tokens.py's: 128 random bits in lower-case base32, only the SHA-256
stored. tests/digest/test_notify.py checks that mailgate accepts what is issued here.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from store.bulk import insert_many
from store.models import Token
from store.types import utcnow


@dataclass(frozen=True)
class Grant:
    purpose: str
    object_id: int
    person: str


def new_token() -> str:
    return base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=").lower()


def token_digest(token: str) -> str:
    return hashlib.sha256(token.lower().encode()).hexdigest()


def issue_many(s: Session, grants: list[Grant], expires_at: datetime | None) -> list[str]:
    """One token per grant, inserted in one statement; returns them in the same order."""
    issued = [new_token() for _ in grants]
    t = Token.__table__  # type: ignore[attr-defined]
    insert_many(s, t, {"created_at": utcnow(), "expires_at": expires_at},
                ("digest", "purpose", "object_id", "person"),
                [(token_digest(tok), str(g.purpose), g.object_id, g.person.lower())
                 for tok, g in zip(issued, grants, strict=True)])
    return issued
