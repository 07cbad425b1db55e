"""Delivery errors, raised by transports; the outbox decides retry or failure from them."""

from __future__ import annotations


class DeliveryError(Exception):
    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class TemporaryDeliveryError(DeliveryError):
    """4xx or a broken connection: retry later with backoff."""


class PermanentDeliveryError(DeliveryError):
    """5xx: the relay refused for good; do not retry, feed bounce handling."""
