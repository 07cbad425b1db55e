"""Patterns written guard-first, scanned first-character-first: the same matches, faster.

Most patterns start with a lookbehind guard (`(?<![\\w])född...`). Python's `re` can skip
ahead to the characters a pattern may start with only when its first item is a character
(or a class, or a branch of them); a leading lookbehind hides that, so the pattern is tried
at every position of the text. Three ways round it, each keeping the readable source:

- `fast(re.compile(...))` moves the guards behind the first character:

      (?<![\\w+])\\d{6}-            ->  \\d(?<![\\w+](?s:.))\\d{5}-
      (?<![\\w])(?P<date>\\d{6})    ->  (?P<date>\\d(?<![\\w](?s:.))\\d{5})

  After one character is taken, `(?<!G(?s:.))` looks at exactly what `(?<!G)` looked at
  before it. The module's name holds the fast pattern, so `match.re is NAME` still holds.
  A pattern whose first item is optional, a lookahead, a flag group, a group of several
  branches (measured slower) or a word character (nothing to skip) is returned unchanged.
  A leading `\\d` is written as digitlead.DIGIT_FIRST (a table, not a Unicode lookup per
  character), its check for characters past the plane after the guards.
- `Prefiltered(pattern, starts)`: the pattern is tried only where `starts` matches
  (prefilter.py derives `starts` for word lists; RegexRecognizer applies it).
- `Gated(pattern, needle)` (gated.py): a text without the needle is skipped.

`REWRITTEN`, `PREFILTERED` and `gated.GATED` keep every one made; tests/scan/test_leading.py
compares each with its source pattern.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from typing import Final, Protocol

from mailgate.scan.recognizers.digitlead import ASTRAL_CHECK, DIGIT_FIRST
from mailgate.scan.recognizers.wordstarts import PairTest

_ANY: Final = "(?s:.)"
_SPECIAL: Final = set(".^$*+?{}[]|()")
# First characters nearly every position has: moving the guards gains nothing (measured).
_COMMON: Final = frozenset({r"\w", r"[\w]", r"\S", r"\W", r"\D"})
_QUANTIFIER: Final = re.compile(r"\{(\d+)(,(\d*))?\}\??|[+*?]\??")

# (source, flags, compiled) of every pattern fast() changed.
REWRITTEN: Final[list[tuple[str, int, re.Pattern[str]]]] = []


def fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its leading lookbehinds moved behind its first character (or itself)."""
    if pattern.flags & re.VERBOSE:
        return pattern
    # A leading \d read from a table (digitlead.py), unless case is ignored.
    rewritten = first_char_first(pattern.pattern, not pattern.flags & re.IGNORECASE)
    if rewritten is None:
        return pattern
    compiled = re.compile(rewritten, pattern.flags)
    REWRITTEN.append((pattern.pattern, pattern.flags, compiled))
    return compiled


def first_char_first(source: str, digits: bool = False) -> str | None:
    """The rewritten source, or None when its start cannot be moved (see the module doc)."""
    guards: list[str] = []
    i = 0
    while source.startswith(("(?<!", "(?<="), i):
        end = _close(source, i)
        guards.append(source[i : end - 1] + _ANY + ")")
        i = end
    if not guards:
        return None
    return _lead(source[i:], "".join(guards), digits)


def _lead(branch: str, guards: str, digits: bool) -> str | None:
    """`branch` with `guards` placed after its first character, or None."""
    if not branch:
        return None
    end = _atom_end(branch)
    if end is None:
        return None
    atom, rest = branch[:end], branch[end:]
    quantifier = _QUANTIFIER.match(rest)
    if atom.startswith("("):
        if quantifier is None:
            return _lead_group(atom, guards, rest, digits)
        if not atom.startswith("(?:") or not quantifier.group().startswith("{") \
                or int(quantifier.group(1)) < 1 or re.compile(atom).groups:
            return None  # an optional group, or one whose groups would be numbered twice
        # (?:X){3} -> (?:X led){1}(?:X){2}: the first repetition carries the guards.
        once = _lead_group(atom, guards, "", digits)
        counted = _less(quantifier)
        return None if once is None else once + atom + counted + rest[quantifier.end():]
    if atom in _COMMON:
        return None  # almost every position starts with one: nothing to skip
    first = atom
    if digits and atom == r"\d":
        first, guards = DIGIT_FIRST, guards + ASTRAL_CHECK
    if not quantifier:
        return first + guards + rest
    if quantifier.group()[0] in "*?" or (quantifier.group(1) and int(quantifier.group(1)) < 1):
        return None  # the atom may be absent
    return first + guards + atom + _less(quantifier) + rest[quantifier.end() :]


def _less(quantifier: re.Match[str]) -> str:
    """The quantifier for one repetition fewer: {3} -> {2}, {1,4} -> {0,3}, + -> *."""
    text = quantifier.group()
    lazy = "?" if text.endswith("?") and len(text) > 1 else ""
    if text[0] == "+":
        return "*" + lazy
    low = int(quantifier.group(1)) - 1
    if quantifier.group(2) is None:
        return f"{{{low}}}" + lazy
    if quantifier.group(3):
        return f"{{{low},{int(quantifier.group(3)) - 1}}}" + lazy
    return f"{{{low},}}" + lazy


def _lead_group(group: str, guards: str, rest: str, digits: bool) -> str | None:
    """A group's every branch led by its first character: (?:ab|cd) -> (?:aG b|cG d)."""
    if group.startswith("(?P<"):
        header = group[: group.index(">") + 1]
    elif group.startswith("(?:"):
        header = "(?:"
    elif not group.startswith("(?"):
        header = "("
    else:
        return None  # lookarounds, flag groups, back references
    branches = _branches(group[len(header) : -1])
    if len(branches) > 1:
        return None  # measured: guards in every branch of a word list scan slower
    led = _lead(branches[0], guards, digits)
    return None if led is None else header + led + ")" + rest


def _branches(body: str) -> list[str]:
    """The top-level alternatives of a group's body."""
    out, start, i = [], 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(body, i)
            continue
        if c == "(":
            i = _close(body, i)
            continue
        if c == "|":
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def _atom_end(s: str) -> int | None:
    """Where the first item of `s` ends, if it is one character wide or a group."""
    c = s[0]
    if c == "[":
        return _class_end(s, 0)
    if c == "(":
        return _close(s, 0)
    if c == "\\":
        if len(s) > 1 and (s[1] in "dwsDWS" or not s[1].isalnum()):
            return 2
        return None  # \b, \A, back references, \x escapes
    return None if c in _SPECIAL else 1


def _class_end(s: str, i: int) -> int:
    j = i + 1
    if s[j] == "^":
        j += 1
    if s[j] == "]":
        j += 1
    while s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def _close(s: str, i: int) -> int:
    """The index after the bracket that closes the group opened at `i`."""
    depth, j = 0, i
    while True:
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(s, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


class Scanner(Protocol):
    """A compiled pattern, or one scanned through a prefilter (Prefiltered)."""

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]: ...


class Starts:
    """Where a prefix matches in a text, found once per text (in each thread) for every
    Prefiltered pattern given it: a dense text has a six-digit run every few words, and
    six patterns of two recognizers start at one (idshapes.SIX_DIGITS)."""

    def __init__(self, starts: str) -> None:
        self.pattern = re.compile(starts)
        self._last = threading.local()

    def positions(self, text: str) -> list[int]:
        """Every start of a match in `text`, in order. The prefix must not match inside its
        own matches (a guard refusing a word character before it), so finditer finds all."""
        last = self._last
        if getattr(last, "text", None) is not text:
            last.positions = [m.start() for m in self.pattern.finditer(text)]
            last.text = text
        positions: list[int] = last.positions
        return positions


class Prefiltered:
    """A pattern whose first item is optional, tried only where `starts` matches.

    `starts` must match wherever the pattern's match can start (a necessary prefix, written
    first-character-first, so `re` skips to it); the pattern then decides with `match()`.
    With `shared`, a Starts whose prefix `starts` begins with, the places are taken from it.
    The matches are the pattern's own (`match.re` is it), in the order `finditer` gives.
    tests/scan/test_leading.py compares each with the pattern alone.
    """

    def __init__(self, pattern: re.Pattern[str], starts: str, shared: Starts | None = None,
                 pairs: PairTest | None = None) -> None:
        assert shared is None or starts.startswith(shared.pattern.pattern)
        self.pattern = pattern
        self.starts = re.compile(starts)
        self.shared = shared
        self.pairs = pairs  # a word list's: its words' places by their first two characters
        # A narrower prefix than the shared one is tried at each shared place.
        self._own = None if shared is None or starts == shared.pattern.pattern else (
            self.starts.match)
        PREFILTERED.append(self)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        starts, match = self.starts.search, self.pattern.match
        while (start := starts(text, pos)) is not None:
            found = match(text, start.start())
            if found is not None:
                return found
            pos = start.start() + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.shared is not None:
            return self._from_shared(text, self.shared.positions(text), self._own)
        if self.pairs is not None:  # the prefilter decides at the words that may begin one
            return self._from_shared(text, self.pairs.positions(text), self.starts.match)
        return self._searched(text)

    def _searched(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (found := self.search(text, pos)) is not None:
            yield found
            pos = max(found.end(), found.start() + 1)  # no pattern here matches empty

    def _from_shared(self, text: str, positions: list[int],
                     own: Callable[[str, int], re.Match[str] | None] | None
                     ) -> Iterator[re.Match[str]]:
        # `search` from each position on, as `_searched` does: the prefix's places there.
        match, pos = self.pattern.match, 0
        for at in positions:
            if at < pos or (own is not None and own(text, at) is None):
                continue
            found = match(text, at)
            if found is not None:
                yield found
                pos = max(found.end(), at + 1)


PREFILTERED: Final[list[Prefiltered]] = []
