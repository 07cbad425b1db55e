"""Word lists shipped as package data, loaded once per process.

Each list is a UTF-8 text file, one entry a line, `#` starts a comment; `.txt.gz` when large.
Entries are compared case-folded.
"""

from __future__ import annotations

import functools
import gzip
from collections.abc import Callable
from importlib import resources
from typing import Final, TypeVar


def _read(name: str) -> str:
    data = resources.files("mailgate.scan.data")
    gz = data / f"{name}.txt.gz"
    if gz.is_file():
        return gzip.decompress(gz.read_bytes()).decode("utf-8")
    return (data / f"{name}.txt").read_text(encoding="utf-8")


# Lists no first scan reads, loaded when a rule first asks: a worker loads them at start
# (warm_up), where the first report would otherwise wait for them (0.2 to 0.5 s).
DICTIONARIES = ("english_words", "german_nouns")

T = TypeVar("T")
# Tables built from the lists (sets of words, their sounds), each once: warm_up() builds them
# all at start, where the first report would otherwise wait for them (0.2 s of its scan).
TABLES: Final[list[Callable[[], object]]] = []


def table(build: Callable[[], T]) -> Callable[[], T]:
    """`build`, kept once built, and listed among the tables built at start."""
    kept = functools.cache(build)
    TABLES.append(kept)
    return kept


@functools.cache
def entries(name: str) -> frozenset[str]:
    """The case-folded entries of list `name` (comments and blank lines dropped)."""
    # The whole text folded and split at once: a line at a time took three times as long
    # over the dictionaries' 200 000 lines.
    lines = _read(name).casefold().splitlines()
    if any("#" in line for line in lines):
        lines = [line.split("#", 1)[0] for line in lines]
    out = set(map(str.strip, lines))
    out.discard("")
    return frozenset(out)


@functools.cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as tuples of case-folded words, longest first."""
    split = {tuple(entry.split()) for entry in entries(name)}
    return tuple(sorted(split, key=len, reverse=True))


@functools.cache
def every_entry() -> frozenset[str]:
    """The entries of every list shipped, but the dictionaries (words, not entities): built
    once (a name's look-up asks it per word)."""
    data = resources.files("mailgate.scan.data")
    lists = {p.name.split(".")[0] for p in data.iterdir() if ".txt" in p.name} - {
        "english_words", "german_nouns", "arabic_script_names", "georgian_script_names",
        "thai_script_names"}
    return frozenset().union(*(entries(name) for name in lists))


@functools.cache
def drugs() -> frozenset[str]:
    """Substances, street names and medicine names: never a person's name."""
    return entries("substances") | entries("medicines")


@functools.cache
def organisations() -> frozenset[str]:
    """Agencies, services and the organisations, firms and sites reports name."""
    return entries("agencies") | entries("organisations")
