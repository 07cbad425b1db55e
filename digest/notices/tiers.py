"""Who gets an event at once and who only in the weekly digest: one visible table.

    urgency   mode      at once to                                   member may change
    red       always    every active member                          no
    yellow    opt_out   every active member who did not turn it off  yes (default on)
    green     opt_out   every active member who did not turn it off  yes (default on)

`[tiers]` in config.toml may change yellow and green; red is fixed by the domain rule that
a red warning reaches every member at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from store.status import Urgency


class Mode(StrEnum):
    ALWAYS = "always"     # at once to every active member; cannot be turned off
    OPT_OUT = "opt_out"   # at once unless the member turned it off
    OPT_IN = "opt_in"     # digest only unless the member asked for it at once
    DIGEST = "digest"     # digest only, for everyone


DEFAULT_MODES: dict[Urgency, Mode] = {
    Urgency.RED: Mode.ALWAYS,
    Urgency.YELLOW: Mode.OPT_OUT,
    Urgency.GREEN: Mode.OPT_OUT,   # "Samtliga medlemmar ... får då en mejl-notis"
}

# What a member's own choice counts for, per mode: None means the choice is ignored.
_DEFAULT_AT_ONCE: dict[Mode, bool] = {
    Mode.ALWAYS: True, Mode.OPT_OUT: True, Mode.OPT_IN: False, Mode.DIGEST: False,
}
_CHANGEABLE = {Mode.OPT_OUT, Mode.OPT_IN}


@dataclass(frozen=True)
class TierPolicy:
    modes: Mapping[Urgency, Mode] = field(default_factory=lambda: dict(DEFAULT_MODES))

    def mode(self, urgency: str) -> Mode:
        return self.modes.get(Urgency(urgency), Mode.ALWAYS)

    def changeable(self, urgency: str) -> bool:
        return self.mode(urgency) in _CHANGEABLE

    def at_once(self, urgency: str, choices: Mapping[str, bool]) -> bool:
        """Does a member with these choices get an event of this urgency immediately?"""
        mode = self.mode(urgency)
        default = _DEFAULT_AT_ONCE[mode]
        if mode not in _CHANGEABLE:
            return default
        return bool(choices.get(str(urgency), default))

    def summary(self, choices: Mapping[str, bool]) -> dict[str, bool]:
        """At once or not, per urgency, for showing a member their settings."""
        return {str(u): self.at_once(u, choices) for u in Urgency}


DEFAULT_POLICY = TierPolicy()
