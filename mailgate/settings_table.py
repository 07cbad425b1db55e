"""Typed look-ups in one TOML table; every error names the full key and the file."""

from __future__ import annotations

import builtins
import re
from typing import Any

from mailgate.errors import ConfigError

_LOCAL_PART = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Table:
    def __init__(
        self, data: dict[builtins.str, Any], source: builtins.str, name: builtins.str
    ) -> None:
        self.data = data
        self.source = source
        self.name = name

    def key(self, key: builtins.str) -> builtins.str:
        return f"[{self.name}] {key}" if self.name else key

    def error(self, key: builtins.str, problem: builtins.str) -> ConfigError:
        return ConfigError(self.source, self.key(key), problem)

    def table(self, name: builtins.str) -> Table:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(self.source, f"[{name}]", "expected a table")
        return Table(value, self.source, name)

    def reject_unknown(self, known: set[builtins.str]) -> None:
        for key in self.data:
            if key not in known:
                raise self.error(key, f"unknown key (known: {', '.join(sorted(known))})")

    def _typed(
        self, key: builtins.str, default: Any, kind: type | tuple[type, ...], label: builtins.str
    ) -> Any:
        value = self.data.get(key, default)
        if isinstance(value, bool) and kind is not builtins.bool:
            raise self.error(key, f"expected {label}, got {value!r}")
        if not isinstance(value, kind):
            raise self.error(key, f"expected {label}, got {value!r}")
        return value

    def str(self, key: builtins.str, default: builtins.str) -> builtins.str:
        return str(self._typed(key, default, builtins.str, "a string"))

    def required_str(self, key: builtins.str) -> builtins.str:
        if key not in self.data:
            raise self.error(key, "missing (required)")
        value = self.str(key, "")
        if not value:
            raise self.error(key, "must not be empty")
        return value

    def int(
        self, key: builtins.str, default: builtins.int, *, minimum: builtins.int = 0
    ) -> builtins.int:
        value = builtins.int(self._typed(key, default, builtins.int, "an integer"))
        if value < minimum:
            raise self.error(key, f"must be at least {minimum}, got {value}")
        return value

    def float(self, key: builtins.str, default: builtins.float) -> builtins.float:
        value = builtins.float(
            self._typed(key, default, (builtins.int, builtins.float), "a number")
        )
        if value <= 0:
            raise self.error(key, f"must be positive, got {value}")
        return value

    def bool(self, key: builtins.str, default: builtins.bool) -> builtins.bool:
        return builtins.bool(self._typed(key, default, builtins.bool, "true or false"))

    def local_part(self, key: builtins.str, default: builtins.str) -> builtins.str:
        value = self.str(key, default).lower()
        if not _LOCAL_PART.match(value) or "+" in value:
            raise self.error(key, f"expected a local part such as {default!r}, got {value!r}")
        return value

    def addresses(self, key: builtins.str, default: list[builtins.str]) -> list[builtins.str]:
        value = self._typed(key, default, builtins.list, "a list of email addresses")
        result = []
        for item in value:
            if not isinstance(item, builtins.str) or not _ADDRESS.match(item):
                raise self.error(key, f"not an email address: {item!r}")
            result.append(item.strip().lower())
        return result
