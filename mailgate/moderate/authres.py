"""Authentication-Results (RFC 8601) from the one relay we trust: did the sender's domain fail?"""

from __future__ import annotations

import re

_RESULT = re.compile(r"^\s*(dkim|spf|dmarc)\s*=\s*([a-z]+)(.*)$", re.I | re.S)
_DOMAIN_PROP = re.compile(r"(?:header\.d|header\.from|header\.i|smtp\.mailfrom|smtp\.from)"
                          r"\s*=\s*\"?([^\s;\"]+)", re.I)
_COMMENT = re.compile(r"\([^()]*\)")


def failed_check(headers: list[str], authserv_id: str, sender_domain: str) -> str | None:
    """'dmarc=fail' (etc.) when the trusted server recorded a failure for the sender's domain.

    Headers from any other authserv-id are ignored: anyone can write one.
    """
    sender_domain = sender_domain.lower()
    for header in headers:
        ident, _, rest = _COMMENT.sub("", header).partition(";")
        words = ident.split()
        if not words or words[0].lower() != authserv_id.lower():
            continue
        for clause in rest.split(";"):
            match = _RESULT.match(clause)
            if not match or match.group(2).lower() != "fail":
                continue
            if _concerns(match.group(3), sender_domain):
                return f"{match.group(1).lower()}=fail"
    return None


def _concerns(properties: str, sender_domain: str) -> bool:
    domains = [d.rpartition("@")[2].lower() for d in _DOMAIN_PROP.findall(properties)]
    return not domains or any(d == sender_domain or sender_domain.endswith("." + d)
                              for d in domains)
