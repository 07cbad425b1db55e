"""The portal sits between the store and mailgate: it uses store and digest, never mailgate
(design.md, Layout), so mailgate's reorganisation cannot break it and it cannot reach
into the intake path except through the store."""

from __future__ import annotations

import ast
from pathlib import Path

PORTAL = Path(__file__).resolve().parents[2] / "portal"


def imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_the_portal_never_imports_mailgate() -> None:
    files = sorted(PORTAL.glob("*.py"))
    assert len(files) > 5
    for path in files:
        assert "mailgate" not in imported(path), path.name


def test_the_audit_reference_is_mailgates() -> None:
    from mailgate.privacy import ref as mailgate_ref
    from portal.auth import ref

    for address in ("anna@kommun.example.se", " Bo@Region.Example.SE "):
        assert ref(address) == mailgate_ref(address)
