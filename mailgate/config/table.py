"""Typed look-ups in one TOML table; every error names the full key and the file."""

from __future__ import annotations

import re
from typing import Any

from mailgate.errors import ConfigError

_LOCAL_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Table:
    def __init__(
        self, data: dict[str, Any], source: str, name: str
    ) -> None:
        self.data = data
        self.source = source
        self.name = name

    def key(self, key: str) -> str:
        return f"[{self.name}] {key}" if self.name else key

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(self.source, self.key(key), problem)

    def table(self, name: str) -> Table:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(self.source, f"[{name}]", "expected a table")
        return Table(value, self.source, name)

    def reject_unknown(self, known: set[str]) -> None:
        for key in self.data:
            if key not in known:
                raise self.error(key, f"unknown key (known: {', '.join(sorted(known))})")

    def _typed(
        self, key: str, default: Any, kind: type | tuple[type, ...], label: str
    ) -> Any:
        value = self.data.get(key, default)
        if isinstance(value, bool) and kind is not bool:
            raise self.error(key, f"expected {label}, got {value!r}")
        if not isinstance(value, kind):
            raise self.error(key, f"expected {label}, got {value!r}")
        return value

    def text(self, key: str, default: str) -> str:
        return str(self._typed(key, default, str, "a string"))

    def required_text(self, key: str) -> str:
        if key not in self.data:
            raise self.error(key, "missing (required)")
        value = self.text(key, "")
        if not value:
            raise self.error(key, "must not be empty")
        return value

    def integer(
        self, key: str, default: int, *, minimum: int = 0
    ) -> int:
        value = int(self._typed(key, default, int, "an integer"))
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}, got {value}")
        return value

    def number(self, key: str, default: float) -> float:
        value = float(
            self._typed(key, default, (int, float), "a number")
        )
        if value <= 0:
            raise self.error(key, f"must be positive, got {value}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        return bool(self._typed(key, default, bool, "true or false"))

    def local_part(self, key: str, default: str) -> str:
        value = self.text(key, default).lower()
        if not _LOCAL_PART.match(value) or "+" in value:
            raise self.error(key, f"expected a local part such as {default!r}, got {value!r}")
        return value

    def addresses(self, key: str, default: list[str]) -> list[str]:
        value = self._typed(key, default, list, "a list of email addresses")
        result = []
        for item in value:
            if not isinstance(item, str) or not _ADDRESS.match(item):
                raise self.error(key, f"not an email address: {item!r}")
            result.append(item.strip().lower())
        return result
