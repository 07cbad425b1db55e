"""Authentication-Results from the trusted relay only, read as RFC 8601 writes them."""

from __future__ import annotations

import pytest

from mailgate.moderate.authres import failed_check

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
