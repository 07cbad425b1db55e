"""`vsn members ...` and `vsn digest preview|send`, run in process."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from digest.weekly.week import Week
from mailgate.cli.main import main

from members.kit import add_event

WEEK = Week.parse("2026-W48")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('[store]\nurl = "sqlite:///vsn.sqlite3"\n'
                    '[delivery]\nurl = "maildir://outbox"\n', encoding="utf-8")
    return path


def vsn(config: Path, *args: str) -> int:
    return main(["--config", str(config), *args])


def test_members_commands(config: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "m.csv"
    csv.write_text("email,name,org_type\nA@Kommun.example.se,A,kommun\n"
                   "a@kommun.example.se,Dubblett,kommun\n", encoding="utf-8")
    assert vsn(config, "members", "import", str(csv)) == 0
    out = capsys.readouterr()
    assert "1 members added" in out.out and "already a member" in out.err
    assert vsn(config, "members", "add", "b@region.example.se", "--org-type", "region",
               "--region", "Skåne") == 0
    assert vsn(config, "members", "add", "b@region.example.se") == 1
    assert vsn(config, "members", "remove", "a@kommun.example.se") == 0
    capsys.readouterr()
    assert vsn(config, "members", "export") == 0
    exported = capsys.readouterr().out.splitlines()
    assert exported[0].startswith("email,name,organisation,org_type")
    assert "a@kommun.example.se,A,,kommun,,,left" in exported
    assert "b@region.example.se,,,region,,Skåne,active" in exported
    assert vsn(config, "members", "list", "--json") == 0
    assert '"status": "active"' in capsys.readouterr().out


def test_digest_preview_and_send(config: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert vsn(config, "digest", "preview", "--week", WEEK.label) == 0
    assert "no digest would be sent" in capsys.readouterr().out
    vsn(config, "members", "add", "medlem@kommun.example.se")
    from mailgate.config.settings import load
    from store.db import open_store

    settings = load(config)
    engine = open_store(settings.store.url)
    from store.db import session

    start, _ = WEEK.bounds(settings.digest.timezone)
    with session(engine) as s:
        add_event(s, "yellow", "Gul varning", text="Text.", at=start + timedelta(days=1))
    out_dir = tmp_path / "preview"
    capsys.readouterr()
    assert vsn(config, "digest", "preview", "--week", WEEK.label, "--member",
               "medlem@kommun.example.se", "--out", str(out_dir)) == 0
    printed = capsys.readouterr().out
    assert "1 items" in printed
    names = sorted(p.suffix for p in out_dir.iterdir())
    assert names == [".eml", ".html", ".txt"]
    assert "Gul varning" in next(out_dir.glob("*.txt")).read_text(encoding="utf-8")
    assert vsn(config, "digest", "send", "--week", WEEK.label) == 0
    assert "1 digests queued" in capsys.readouterr().out
    assert vsn(config, "digest", "send", "--week", WEEK.label) == 0
    assert "0 digests queued" in capsys.readouterr().out
