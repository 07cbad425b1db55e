"""Authentication-Results from the trusted relay only, read as RFC 8601 writes them."""

from __future__ import annotations

import pytest

from mailgate.moderate.authres import failed_check, verdict

TRUSTED = "mx.fhm.example.se"
CASES = [
    ("mx.fhm.example.se; dkim=pass header.d=fhm.example.se; spf=pass "
     "smtp.mailfrom=fhm.example.se; dmarc=pass header.from=fhm.example.se", None),
    ("mx.fhm.example.se; dmarc=fail (p=reject dis=none) header.from=fhm.example.se",
     "dmarc=fail"),
    ("mx.fhm.example.se 1; spf=fail smtp.mailfrom=mod1@fhm.example.se", "spf=fail"),
    ("MX.FHM.EXAMPLE.SE; DKIM=FAIL header.d=fhm.example.se", "dkim=fail"),
    # Another signer failing (a list footer broke its signature) is not our sender failing.
    ("mx.fhm.example.se; dkim=fail header.d=lists.example.org; dkim=pass header.d=fhm.example.se",
     None),
    # Anyone can write an Authentication-Results header: only the trusted server counts.
    ("evil.example.org; dmarc=fail header.from=fhm.example.se", None),
    ("mx.fhm.example.se.evil.org; dmarc=fail header.from=fhm.example.se", None),
    # A failure that names no domain is taken as the sender's.
    ("mx.fhm.example.se; dkim=fail", "dkim=fail"),
    ("mx.fhm.example.se; spf=softfail smtp.mailfrom=fhm.example.se; dmarc=none", None),
    ("mx.fhm.example.se (comment; with=fail) ; dkim=pass header.i=@fhm.example.se", None),
    ("mx.fhm.example.se; dmarc=fail header.from=sub.fhm.example.se", None),
]


@pytest.mark.parametrize(("header", "expected"), CASES)
def test_failed_check(header: str, expected: str | None) -> None:
    assert failed_check([header], TRUSTED, "fhm.example.se") == expected


def test_subdomain_sender_is_covered_by_its_organisational_domain() -> None:
    header = "mx.fhm.example.se; dmarc=fail header.from=fhm.example.se"
    assert failed_check([header], TRUSTED, "mail.fhm.example.se") == "dmarc=fail"


def test_trusted_header_among_forged_ones() -> None:
    headers = ["evil.example.org; dmarc=pass header.from=fhm.example.se",
               "mx.fhm.example.se; dmarc=fail header.from=fhm.example.se"]
    assert failed_check(headers, TRUSTED, "fhm.example.se") == "dmarc=fail"


# Fail closed: only a DMARC pass for the From domain, or a DKIM pass aligned with it, passes.
VERDICTS = [
    ([], "unverified", "no Authentication-Results"),
    (["mx.fhm.example.se; dmarc=pass header.from=fhm.example.se"], "pass", "dmarc=pass"),
    (["mx.fhm.example.se; dkim=pass header.d=fhm.example.se"], "pass", "dkim=pass"),
    (["mx.fhm.example.se; dkim=pass header.i=@mail.fhm.example.se"], "pass", "dkim=pass"),
    (["mx.fhm.example.se; dkim=pass header.d=example.se"], "pass", "dkim=pass"),
    (["mx.fhm.example.se; spf=softfail smtp.mailfrom=fhm.example.se; dmarc=none"],
     "unverified", "dmarc=none"),
    (["mx.fhm.example.se; dmarc=temperror header.from=fhm.example.se"],
     "unverified", "dmarc=temperror"),
    (["mx.fhm.example.se; dmarc=permerror header.from=fhm.example.se"],
     "unverified", "dmarc=permerror"),
    (["mx.fhm.example.se; dkim=softfail header.d=fhm.example.se"],
     "unverified", "dkim=softfail"),
    # SPF pass authenticates the envelope sender, not the From a moderator's colleague sees.
    (["mx.fhm.example.se; spf=pass smtp.mailfrom=fhm.example.se"], "unverified",
     "no Authentication-Results"),
    # A signature by someone else's domain (a mailing list, the attacker's own) is no proof.
    (["mx.fhm.example.se; dkim=pass header.d=evil.example.org"], "unverified", "dkim=pass"),
    (["mx.fhm.example.se; dkim=pass header.d=se"], "unverified", "dkim=pass"),
    (["mx.fhm.example.se; dkim=pass"], "unverified", "dkim=pass"),
    (["mx.fhm.example.se; dmarc=pass header.from=evil.example.org"], "unverified",
     "dmarc=pass"),
    # A pass written by anyone else is ignored, whatever it claims.
    (["evil.example.org; dmarc=pass header.from=fhm.example.se"], "unverified",
     "no Authentication-Results"),
    # A fail beside a pass refuses: something the relay saw is wrong.
    (["mx.fhm.example.se; dkim=pass header.d=fhm.example.se; "
      "dmarc=fail header.from=fhm.example.se"], "fail", "dmarc=fail"),
]


@pytest.mark.parametrize(("headers", "expected", "detail"), VERDICTS)
def test_verdict_fails_closed(headers: list[str], expected: str, detail: str) -> None:
    found = verdict(headers, TRUSTED, "fhm.example.se")
    outcome = "pass" if found.passed else "fail" if found.failed else "unverified"
    assert (outcome, found.detail) == (expected, detail)
    assert found.unverified == (expected == "unverified")
