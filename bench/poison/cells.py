"""What every cell of the poison benchmark returns: a figure, its goal, its anchor."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    name: str
    value: float
    unit: str
    goal: float  # passes when value <= goal (issue 13)
    anchor: str  # what the figure is compared with, in words
    anchor_value: float  # the anchor, measured in the same unit
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.goal

    @property
    def ratio(self) -> float:
        return self.value / self.anchor_value if self.anchor_value else float("inf")

    def line(self) -> str:
        verdict = "PASS" if self.ok else "FAIL"
        return (f"{verdict}  {self.name}: {self.value:.2f} {self.unit} (goal <= {self.goal:g}"
                f" {self.unit}); {self.ratio:.2f}x {self.anchor} ({self.anchor_value:.2f}"
                f" {self.unit}){'; ' + self.note if self.note else ''}")
