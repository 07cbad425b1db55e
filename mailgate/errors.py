"""The one error tree of the service.

    MailgateError
    ├── ConfigError            a setting is missing or wrong; names the key and the file

    store.db.DatabaseUnavailable    the schema could not be created (store layer)

    digest.errors.DeliveryError (outgoing layer, re-exported here)
    ├── TemporaryDeliveryError   4xx or a broken connection: retry later
    └── PermanentDeliveryError   5xx: do not retry, feed bounce handling

Decisions (refused tokens, unknown commands, junk) are return values, never exceptions.
Third-party errors are translated into these at the module that talks to the library.
"""

from __future__ import annotations

from digest.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError

__all__ = [
    "ConfigError",
    "DeliveryError",
    "MailgateError",
    "PermanentDeliveryError",
    "TemporaryDeliveryError",
]


class MailgateError(Exception):
    """Something could not be processed."""


class ConfigError(MailgateError):
    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file = file
        self.key = key
        self.problem = problem
