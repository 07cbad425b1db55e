"""Authentication-Results as an attacker writes them: no header text makes the reader
raise, and no header that the trusted relay did not write ever yields a pass."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mailgate.moderate.authres import verdict

from .budget import DERANDOMIZE, examples

TRUSTED = "mx.vsn.example.se"
DOMAIN = "fhm.example.se"

words = st.sampled_from(["dkim", "spf", "dmarc", "pass", "fail", "none", "=", ";", " ", "(",
                         ")", "header.d", "header.from", "header.i", "smtp.mailfrom", DOMAIN,
                         "evil.example.org", TRUSTED, TRUSTED + ".evil.org", "@", '"', "\n"])
header = st.one_of(st.text(max_size=200), st.lists(words, max_size=40).map("".join))


@settings(max_examples=examples(500), deadline=None, derandomize=DERANDOMIZE)
@given(st.lists(header, max_size=5))
def test_only_the_trusted_relay_can_give_a_pass(headers: list[str]) -> None:
    found = verdict(headers, TRUSTED, DOMAIN)
    assert not (found.passed and found.failed)
    # RFC 8601: the authserv-id is the first word, comments aside.
    ours = [h for h in headers
            if (re.sub(r"\([^()]*\)", "", h).split(";")[0].split() or [""])[0].lower()
            == TRUSTED]
    if found.passed:
        assert ours, headers
    if not ours:
        assert found.unverified
