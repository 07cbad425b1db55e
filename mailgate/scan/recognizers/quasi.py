"""Quasi-identifiers: a warning for the moderator, never masked."""

from __future__ import annotations

from mailgate.scan.recognizers.base import RegexRecognizer


class QuasiRecognizer(RegexRecognizer):
    ENTITY = "QUASI"
