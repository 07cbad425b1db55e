"""A queued copy of a mailing given a new shared part, its recipient's own lines kept.

A Stencil (bulk.py) writes each member's copy as a few header lines of their own (To,
Message-ID, Reply-To, List-Unsubscribe and its one-click line: the member's tokens) in
front of the part every member shares. Re-rendering a queued copy after a correction keeps
those lines as they are, so the member keeps the same address, the same list headers and
the same tokens, and only the shared part is new.
"""

from __future__ import annotations

_BREAK = b"\r\n\r\n"
OWN = frozenset({b"to", b"message-id", b"reply-to", b"list-unsubscribe",
                 b"list-unsubscribe-post"})


def own_lines(raw: bytes) -> bytes:
    """The header fields of a stored message (whole, or only its own lines) that belong to
    its recipient, folded lines included, in their order."""
    head = raw.partition(_BREAK)[0]
    fields: list[list[bytes]] = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        elif line:
            fields.append([line])
    kept = [b"\r\n".join(f) for f in fields if _name(f[0]) in OWN]
    return b"".join(k + b"\r\n" for k in kept)


def restamped(raw: bytes, shared: bytes) -> bytes:
    """The whole message again: the recipient's own lines, then the new shared part."""
    return own_lines(raw) + shared


def headers_only(raw: bytes) -> bytes:
    """A delivered copy without its text: the header lines a later notice threads under."""
    head, found, _ = raw.partition(_BREAK)
    return head + _BREAK if found else raw


def _name(line: bytes) -> bytes:
    return line.partition(b":")[0].strip().lower()
