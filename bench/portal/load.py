"""The two loads bench/portal puts on the server (README.md says why there are two).

`closed`: every client sends its next request the moment the last one is answered, so the
server is never idle and the rate it reaches is its throughput for that page.
`reading`: every client behaves like a person reading: a page, then a pause drawn from an
exponential distribution (mean `think` seconds), then another page of a kind drawn at
random; the offered load is clients / think requests a second, and latency is what a
member waits for a page while others read too.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

MakeUrl = Callable[[], str]


@dataclass
class Samples:
    """Latencies (seconds) per kind of page, and how long the load ran."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, kind: str, latency: float) -> None:
        self.latencies.setdefault(kind, []).append(latency)


async def _get(http: aiohttp.ClientSession, url: str, cookie: str, kind: str) -> float:
    start = time.perf_counter()
    async with http.get(url, headers={"Cookie": f"vsn_session={cookie}"},
                        allow_redirects=False) as answer:
        await answer.read()
        if answer.status != 200:
            raise RuntimeError(f"{kind} {url}: HTTP {answer.status}")
    return time.perf_counter() - start


def _session(base: str) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(base, connector=aiohttp.TCPConnector(limit=0))


async def closed(base: str, cookies: list[str], kind: str, make_url: MakeUrl,
                 seconds: float) -> Samples:
    """One kind of page, each client back to back with no pause, for `seconds`."""
    samples = Samples()
    stop = time.perf_counter() + seconds
    async with _session(base) as http:
        async def client(cookie: str) -> None:
            while time.perf_counter() < stop:
                samples.add(kind, await _get(http, make_url(), cookie, kind))

        began = time.perf_counter()
        await asyncio.gather(*(client(c) for c in cookies))
        samples.seconds = time.perf_counter() - began
    return samples


async def reading(base: str, cookies: list[str], makers: dict[str, MakeUrl],
                  seconds: float, think: float, rnd: random.Random) -> Samples:
    """Every kind mixed, each client pausing ~Exp(think) seconds after every page; the
    first pause comes before the first page, so clients do not start in step."""
    samples = Samples()
    kinds = sorted(makers)
    stop = time.perf_counter() + seconds
    async with _session(base) as http:
        async def client(cookie: str) -> None:
            while True:
                pause = rnd.expovariate(1 / think)
                if time.perf_counter() + pause >= stop:
                    return
                await asyncio.sleep(pause)
                kind = rnd.choice(kinds)
                samples.add(kind, await _get(http, makers[kind](), cookie, kind))

        began = time.perf_counter()
        await asyncio.gather(*(client(c) for c in cookies))
        samples.seconds = time.perf_counter() - began
    return samples
