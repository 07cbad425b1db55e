"""Configuration: defaults, paths relative to the file, and errors that name key and file."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailgate.config.settings import load
from mailgate.errors import ConfigError

CASES = [
    ('[gateway]\nlisten = "8025"\n', "[gateway] listen"),
    ('[gateway]\ndomain = "nodot"\n', "[gateway] domain"),
    ('[store]\nurl = "mysql://x"\n', "[store] url"),
    ('[delivery]\nurl = "ftp://x"\n', "[delivery] url"),
    ("[moderation]\nmoderators = []\n", "[moderation] moderators"),
    ('[moderation]\nmoderators = ["not-an-address"]\n', "[moderation] moderators"),
    ('[moderation]\ndefault_urgency = "blue"\n', "[moderation] default_urgency"),
    ('[workers]\nthreads = "two"\n', "[workers] threads"),
    ("[gateway]\nlisten_port = 25\n", "[gateway] listen_port"),
    ("[imap]\nport = 143\n", "[imap] host"),
    ("[gateway\n", "(syntax)"),
]


@pytest.mark.parametrize(("content", "key"), CASES)
def test_errors_name_the_key_and_the_file(tmp_path: Path, content: str, key: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert key in str(caught.value)
    assert str(path) in str(caught.value)


def test_relative_paths_follow_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "etc" / "config.toml"
    path.parent.mkdir()
    path.write_text('[delivery]\nurl = "maildir://out"\n', encoding="utf-8")
    settings = load(path)
    assert settings.delivery.maildir == tmp_path / "etc" / "out"
    assert settings.store.url == f"sqlite:///{tmp_path / 'etc' / 'var' / 'vsn.sqlite3'}"


def test_smtp_relay_and_absolute_maildir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAY_USER", "vsn")
    monkeypatch.setenv("RELAY_PASS", "secret")
    path = tmp_path / "config.toml"
    path.write_text('[delivery]\nurl = "smtp://relay.example.se:587"\nstarttls = true\n'
                    'username_env = "RELAY_USER"\npassword_env = "RELAY_PASS"\n',
                    encoding="utf-8")
    d = load(path).delivery
    assert (d.kind, d.host, d.port, d.starttls, d.username, d.password) == (
        "smtp", "relay.example.se", 587, True, "vsn", "secret")
    path.write_text('[delivery]\nurl = "maildir:///srv/vsn/outbox"\n', encoding="utf-8")
    assert load(path).delivery.maildir == Path("/srv/vsn/outbox")


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path / "nope.toml")
    assert "nope.toml" in str(caught.value)
