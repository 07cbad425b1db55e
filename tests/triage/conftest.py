from __future__ import annotations

from pathlib import Path

import pytest

from mailgate.config.settings import Settings, from_mapping


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return from_mapping({}, source="test", base_dir=tmp_path)
