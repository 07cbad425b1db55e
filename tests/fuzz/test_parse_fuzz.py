"""No input makes parse() or the dry run raise, and what they return is always usable."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from mailgate.cli.describe import describe
from mailgate.config.settings import from_mapping
from mailgate.hold.urgency import read_urgency
from mailgate.parse import bounce_recipients, parse
from store.status import Kind

from .budget import DERANDOMIZE, examples
from .strategies import any_message

SETTINGS = from_mapping({}, source="test", base_dir=Path("/nonexistent"))
KINDS = {str(k) for k in Kind}

EXAMPLES = examples(200)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE,
          suppress_health_check=[HealthCheck.too_slow])
@given(any_message)
def test_any_bytes_are_read_without_an_exception(raw: bytes) -> None:
    mail = parse(raw, domain="vsn.example.se")
    assert mail.message_id
    assert "\n" not in mail.subject and "\r" not in mail.subject
    read_urgency(mail.subject, mail.text)
    bounce_recipients(mail)
    result = describe(raw, SETTINGS, "fuzz.eml")
    assert result["kind"] in KINDS
    json.dumps(result)  # the dry run always prints
