"""The tier policy table: who gets what at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.notices.tiers import DEFAULT_POLICY, Mode, TierPolicy
from mailgate.config.settings import from_mapping
from mailgate.errors import ConfigError
from store.status import Urgency

CASES = [
    # urgency, member's choices, at once?
    ("red", {}, True),
    ("red", {"red": False}, True),          # red cannot be turned off
    ("yellow", {}, True),                   # default on
    ("yellow", {"yellow": False}, False),
    ("green", {}, True),                    # every member hears of every event by default
    ("green", {"green": False}, False),     # a member may choose the digest only
]


@pytest.mark.parametrize(("urgency", "choices", "expected"), CASES)
def test_default_policy(urgency: str, choices: dict[str, bool], expected: bool) -> None:
    assert DEFAULT_POLICY.at_once(urgency, choices) is expected


def test_digest_mode_ignores_the_member() -> None:
    policy = TierPolicy({Urgency.RED: Mode.ALWAYS, Urgency.YELLOW: Mode.DIGEST,
                         Urgency.GREEN: Mode.OPT_IN})
    assert not policy.at_once("yellow", {"yellow": True})
    assert not policy.changeable("yellow") and not policy.changeable("red")


def test_config_sets_tiers_but_never_lets_red_wait(tmp_path: object) -> None:
    settings = from_mapping({"tiers": {"green": "opt_in"}}, source="t.toml", base_dir=Path("."))
    assert not settings.tiers.at_once("green", {})
    assert settings.tiers.at_once("green", {"green": True})
    with pytest.raises(ConfigError) as error:
        from_mapping({"tiers": {"red": "opt_in"}}, source="t.toml", base_dir=Path("."))
    assert "[tiers] red" in str(error.value) and "t.toml" in str(error.value)
    with pytest.raises(ConfigError, match=r"\[tiers\] yellow"):
        from_mapping({"tiers": {"yellow": "sometimes"}}, source="t.toml", base_dir=Path("."))
