"""One line of `vsn doctor`: a check's name, whether it passed, and what it says."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    ok: bool
    name: str
    says: str   # what is so; when not ok, also what to do

    @classmethod
    def good(cls, name: str, says: str) -> Result:
        return cls(True, name, says)

    @classmethod
    def bad(cls, name: str, says: str) -> Result:
        return cls(False, name, says)
