"""Names, addresses and negatives drawn from a corpus's pools, one split's half of each.

The seventh to tenth corpora state only their pools (`Pools`); `PoolNames` serves their
«first ORIGIN», «last ORIGIN», «name ORIGIN», «reg ORIGIN» (`EFTERNAMN, Förnamn`),
«street», «address» and «neg POOL» tokens. Every pool is halved: even entries for dev, odd
entries for holdout, so the two splits draw different names and negatives. The draws, and
so the files written, are the same as each corpus's own copy of this class gave.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass


def half(pool: Sequence[str], split: str) -> Sequence[str]:
    return pool[0::2] if split == "dev" else pool[1::2]


@dataclass(frozen=True)
class Pools:
    first: Mapping[str, Sequence[str]]  # by origin: "se", "pl", …
    last: Mapping[str, Sequence[str]]
    streets: Sequence[str]
    towns: Sequence[str]
    negatives: Mapping[str, Sequence[str]]
    highest_house_number: int = 48
    register_style: bool = True  # «reg ORIGIN» served


class PoolNames:
    def __init__(self, pools: Pools, rng: random.Random, split: str) -> None:
        self.pools, self.rng, self.split = pools, rng, split
        self.KINDS = ("first", "last", "name", "reg", "street") if pools.register_style else (
            "first", "last", "name", "street")

    def pick(self, pool: Sequence[str]) -> str:
        return self.rng.choice(half(pool, self.split))

    def name(self, kind: str, args: list[str]) -> str:
        origin = args[0] if args else "se"
        first, last = self.pools.first[origin], self.pools.last[origin]
        if kind == "first":
            return self.pick(first)
        if kind == "last":
            return self.pick(last)
        if kind == "street":
            return self.pick(self.pools.streets)
        if kind == "reg":
            return f"{self.pick(last).upper()}, {self.pick(first)}"
        return f"{self.pick(first)} {self.pick(last)}"

    def negative(self, args: list[str]) -> str:
        return self.pick(self.pools.negatives[args[0]])

    def address(self, args: list[str]) -> str:
        street = self.pick(self.pools.streets)  # drawn in this order: the files depend on it
        number = self.rng.randint(1, self.pools.highest_house_number)
        return f"{street} {number}, {self.pick(self.pools.towns)}"


def names_from(pools: Pools) -> Callable[[random.Random, str], PoolNames]:
    """The `names` a corpus's writer passes on: (rng, split) → a PoolNames of `pools`."""
    return lambda rng, split: PoolNames(pools, rng, split)
