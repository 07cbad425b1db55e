"""The block list: sender addresses and whole domains whose mail is recorded and nothing
else (`vsn block add|list|remove`). A domain covers its subdomains."""

from __future__ import annotations

from sqlmodel import Session, col, select

from store.models import BlockedSender


class BadPattern(ValueError):
    """Neither an address (a@b.example) nor a domain (b.example)."""


def normalise(pattern: str) -> str:
    """'a@B.example' -> 'a@b.example'; '@b.example' and 'B.Example.' -> 'b.example'."""
    found = pattern.strip().strip("<>").lower().rstrip(".").removeprefix("@")
    local, at, domain = found.rpartition("@")
    if (at and not local) or "." not in domain or any(c.isspace() for c in found):
        raise BadPattern(f"expected an address or a domain, got {pattern!r}")
    return found


def add(s: Session, pattern: str, note: str = "") -> bool:
    """True if added, False if it was already there."""
    found = normalise(pattern)
    if s.exec(select(BlockedSender).where(col(BlockedSender.pattern) == found)).first():
        return False
    s.add(BlockedSender(pattern=found, note=note))
    return True


def remove(s: Session, pattern: str) -> bool:
    row = s.exec(select(BlockedSender).where(
        col(BlockedSender.pattern) == normalise(pattern))).first()
    if row is not None:
        s.delete(row)
    return row is not None


def listed(s: Session) -> list[BlockedSender]:
    return list(s.exec(select(BlockedSender).order_by(col(BlockedSender.pattern))))


def blocked(s: Session, *addresses: str) -> str | None:
    """The entry that blocks any of these addresses (From, envelope sender), or None."""
    candidates = {c for a in addresses if a for c in _covering(a.strip().strip("<>").lower())}
    if not candidates:
        return None
    row = s.exec(select(BlockedSender.pattern).where(
        col(BlockedSender.pattern).in_(sorted(candidates)))).first()
    return str(row) if row is not None else None


def _covering(address: str) -> list[str]:
    """The address itself, its domain, and every parent domain with a dot in it."""
    _, _, domain = address.rpartition("@")
    labels = domain.split(".")
    parents = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    return [address, *parents]
