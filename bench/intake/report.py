"""The benchmark's table: medians in messages per second, ratios, and the goals."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

Key = tuple[str, int, int]  # target, message size, sessions

GOAL_SIZE = 2048
GOAL_SESSIONS = 10
GOAL_VS_POSTFIX = 1.5
GOAL_VS_NOOP = 0.8


@dataclass(frozen=True)
class Goal:
    name: str
    ratio: float
    wanted: float

    @property
    def passed(self) -> bool:
        return self.ratio >= self.wanted


def medians(rates: dict[Key, list[float]]) -> dict[Key, float]:
    return {key: statistics.median(values) for key, values in rates.items() if values}


def table(rates: dict[Key, list[float]], targets: list[str], sizes: Iterable[int],
          sessions: Iterable[int]) -> str:
    mid = medians(rates)
    ours = [t for t in targets if t.startswith("vsn")]
    head = ["size", "sessions", *targets]
    head += [f"{t}/{ref}" for t in ours for ref in ("postfix", "noop")]
    lines = [_row(head)]
    for size in sizes:
        for count in sessions:
            cells = [_size(size), str(count)]
            cells += [_rate(mid.get((t, size, count))) for t in targets]
            cells += [_ratio(mid, size, count, t, ref) for t in ours
                      for ref in ("postfix", "aiosmtpd-noop")]
            lines.append(_row(cells))
    return "\n".join(lines)


def spread(rates: dict[Key, list[float]]) -> str:
    """Every repetition, so noisy cells can be seen for what they are."""
    return "\n".join(f"  {t:14} {_size(size):>5} {n:>3}: " + " ".join(f"{r:7.0f}" for r in v)
                     for (t, size, n), v in sorted(rates.items()))


def goals(rates: dict[Key, list[float]]) -> list[Goal]:
    mid = medians(rates)
    ours = sorted({t for t, _, _ in mid if t.startswith("vsn")})
    found = []
    for target in ours:
        vsn = mid.get((target, GOAL_SIZE, GOAL_SESSIONS), 0.0)
        for reference, wanted in (("postfix", GOAL_VS_POSTFIX), ("aiosmtpd-noop", GOAL_VS_NOOP)):
            base = mid.get((reference, GOAL_SIZE, GOAL_SESSIONS))
            if base:
                found.append(Goal(f"{target} / {reference}", vsn / base, wanted))
    return found


def goal_lines(found: list[Goal]) -> str:
    where = f"{_size(GOAL_SIZE)}, {GOAL_SESSIONS} sessions"
    return "\n".join(f"goal {g.name} at {where}: {g.ratio:.2f} (wanted >= {g.wanted}) "
                     f"{'PASS' if g.passed else 'FAIL'}" for g in found)


def _ratio(mid: dict[Key, float], size: int, count: int, target: str, reference: str) -> str:
    vsn, base = mid.get((target, size, count)), mid.get((reference, size, count))
    return f"{vsn / base:.2f}" if vsn and base else "-"


def _rate(value: float | None) -> str:
    return f"{value:.0f}" if value else "-"


def _size(size: int) -> str:
    return f"{size // 1024}KB"


def _row(cells: list[str]) -> str:
    return "  ".join(f"{c:>13}" if i > 1 else f"{c:>8}" for i, c in enumerate(cells))
