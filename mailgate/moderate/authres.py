"""Authentication-Results (RFC 8601) from the one relay we trust: did the sender's domain
pass, fail, or could it not be told?

The rule fails closed: a reply that changes state needs a *pass* from the trusted relay,
either DMARC pass for the From domain or a DKIM pass whose signing domain is aligned with
it. An explicit fail refuses (`failed`); no header from the relay, `dmarc=none`,
`temperror`, `permerror`, `softfail` or a pass for some other domain leaves the sender
unverified (`passed` False, `failed` None). Headers from any other authserv-id are ignored:
anyone can write one, and the relay in front strips forged copies of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RESULT = re.compile(r"^\s*(dkim|spf|dmarc)\s*=\s*([a-z]+)(.*)$", re.I | re.S)
_DOMAIN_PROP = re.compile(r"(?:header\.d|header\.from|header\.i|smtp\.mailfrom|smtp\.from)"
                          r"\s*=\s*\"?([^\s;\"]+)", re.I)
_SIGNER = re.compile(r"(?:header\.d|header\.i)\s*=\s*\"?([^\s;\"]+)", re.I)
_FROM = re.compile(r"header\.from\s*=\s*\"?([^\s;\"]+)", re.I)
_COMMENT = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Result:
    method: str          # "dkim", "spf", "dmarc"
    value: str           # "pass", "fail", "none", "temperror", ...
    properties: str      # the rest of the clause: header.d=..., smtp.mailfrom=...

    def __str__(self) -> str:
        return f"{self.method}={self.value}"


@dataclass(frozen=True)
class Verdict:
    """What the trusted relay says about one sender's domain."""

    passed: bool
    failed: str | None   # "dmarc=fail" etc. when the relay recorded a failure
    detail: str          # for the audit row and the answer: what was seen

    @property
    def unverified(self) -> bool:
        return not self.passed and self.failed is None


def trusted_results(headers: list[str], authserv_id: str) -> list[Result]:
    """Every method result in the headers written by `authserv_id`, in order."""
    found: list[Result] = []
    for header in headers:
        ident, _, rest = _COMMENT.sub("", header).partition(";")
        words = ident.split()
        if not words or words[0].lower() != authserv_id.lower():
            continue
        for clause in rest.split(";"):
            match = _RESULT.match(clause)
            if match:
                found.append(Result(match.group(1).lower(), match.group(2).lower(),
                                    match.group(3)))
    return found


def verdict(headers: list[str], authserv_id: str, sender_domain: str) -> Verdict:
    """Pass, fail or unverified for `sender_domain` (the From address's domain)."""
    domain = sender_domain.lower()
    results = trusted_results(headers, authserv_id)
    failed = next((r for r in results if r.value == "fail" and _concerns(r.properties, domain)),
                  None)
    if failed is not None:
        return Verdict(False, str(failed), str(failed))
    passed = next((r for r in results if _passes(r, domain)), None)
    if passed is not None:
        return Verdict(True, None, str(passed))
    seen = [str(r) for r in results if r.method in ("dmarc", "dkim")]
    return Verdict(False, None, ", ".join(seen) or "no Authentication-Results")


def failed_check(headers: list[str], authserv_id: str, sender_domain: str) -> str | None:
    """'dmarc=fail' (etc.) when the trusted server recorded a failure for the sender's domain."""
    return verdict(headers, authserv_id, sender_domain).failed


def _passes(result: Result, domain: str) -> bool:
    if result.value != "pass":
        return False
    if result.method == "dmarc":
        # DMARC evaluates the From domain itself; when the relay names it, it must be ours.
        named = [d.lower() for d in _FROM.findall(result.properties)]
        return all(d == domain for d in named)
    if result.method == "dkim":
        signers = [d.rpartition("@")[2].lower() for d in _SIGNER.findall(result.properties)]
        return bool(signers) and any(aligned(d, domain) for d in signers)
    return False   # SPF authenticates the envelope, not the From a person reads


def aligned(signer: str, domain: str) -> bool:
    """Relaxed alignment without a public-suffix list: the same domain, or one inside the
    other (d=fhm.example.se signs for mail.fhm.example.se and the other way round), never
    a bare top-level domain."""
    if "." not in signer or "." not in domain:
        return False
    return signer == domain or domain.endswith("." + signer) or signer.endswith("." + domain)


def _concerns(properties: str, sender_domain: str) -> bool:
    domains = [d.rpartition("@")[2].lower() for d in _DOMAIN_PROP.findall(properties)]
    return not domains or any(d == sender_domain or sender_domain.endswith("." + d)
                              for d in domains)
