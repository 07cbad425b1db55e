"""[portal] and [notices] in config.toml: defaults, and errors that name key and file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailgate.config.settings import from_mapping, load
from mailgate.errors import ConfigError


def test_defaults_match_the_documented_config(tmp_path: Path) -> None:
    shipped = load(Path(__file__).resolve().parents[2] / "config.toml")
    built_in = from_mapping({}, source="x", base_dir=tmp_path)
    assert shipped.portal == built_in.portal and shipped.notices == built_in.notices
    assert built_in.portal.enabled and built_in.portal.port == 8080
    assert built_in.notices.full_text is True


@pytest.mark.parametrize(("table", "problem"), [
    ({"portal": {"base_url": "vsn.example.se"}}, "[portal] base_url"),
    ({"portal": {"listen": "8080"}}, "[portal] listen"),
    ({"portal": {"login_requests_per_address": 0}}, "[portal] login_requests_per_address"),
    ({"portal": {"colour": "blue"}}, "[portal] colour"),
    ({"notices": {"full_text": "yes"}}, "[notices] full_text"),
])
def test_errors_name_key_and_file(table: dict[str, object], problem: str,
                                  tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        from_mapping(table, source="/etc/vsn/config.toml", base_dir=tmp_path)
    assert problem in str(caught.value) and "/etc/vsn/config.toml" in str(caught.value)


def test_https_base_url_makes_cookies_secure(tmp_path: Path) -> None:
    s = from_mapping({"portal": {"base_url": "https://vsn.example.se/"}}, source="x",
                     base_dir=tmp_path)
    assert s.portal.base_url == "https://vsn.example.se" and s.portal.secure_cookies
