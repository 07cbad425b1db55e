"""A cheap regex for where a pattern's match can start, derived from the pattern itself.

For a pattern that cannot be rewritten first-character-first (leading.py: a word list, an
optional first group, IGNORECASE), `starts_of()` walks its parsed form for the characters
a match can begin with and the characters that can come second, and writes

    [first](?<!guard(?s:.))[second]

with the pattern's own leading lookbehind as the guard (when every top-level branch starts
with it) and both cases of every letter under IGNORECASE; where the walk can follow the
pattern four characters deep, the second class gives way to a tree of the ways a match can
begin (`_deeper`), which lets far fewer word starts through. That regex starts with a
character class, so `re` skips to it; it matches wherever the pattern can (a superset:
lookaheads and the like are left out), and `leading.Prefiltered` lets the pattern decide.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Final

from mailgate.scan.recognizers.leading import _ANY, Prefiltered, Scanner, _branches, _close
from mailgate.scan.recognizers.wordstarts import PairTest

_MAX_PATHS: Final = 2000
_FLAGS: Final = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_DIGIT: Final = re.compile(r"\\d|[0-9]")
_CATEGORIES: Final = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s"}
_ZERO_WIDTH: Final = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}
_EVERY_BMP_CHARACTER = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))

# A class is a tuple of (text, ignorecase) items; a path the classes of its first characters.
_Class = tuple[tuple[str, bool], ...]
_Path = tuple[_Class, ...]
# A character the walk cannot name (any character, \w, a back reference): anything.
_ANYTHING: Final[_Class] = (("", False),)


def prefiltered(pattern: re.Pattern[str]) -> Scanner:
    """`pattern` scanned through its prefilter when it has one, else itself."""
    guarded = pattern.pattern.startswith("(?<") and not pattern.flags & re.VERBOSE
    starts = starts_of(pattern) if guarded else None
    return pattern if starts is None else Prefiltered(pattern, starts, pairs=_pairs(pattern))


def _pairs(pattern: re.Pattern[str]) -> PairTest | None:
    """The pairs of characters a match of a word list's pattern can begin with, when its
    guard refuses a word character before it and it begins with one (wordstarts.py)."""
    guard = _guard(pattern.pattern)
    if not guard.startswith("(?<![") or "\\w" not in guard[: guard.find("]")]:
        return None
    try:
        paths = _paths(list(_parser.parse(pattern.pattern, pattern.flags).data), 2,
                       bool(pattern.flags & re.IGNORECASE))
    except _Unknown:
        return None
    ways = set()
    for path in paths:
        first = _render_one(path[0]) if path else None
        if first is None or re.search(first, _non_word()):
            return None  # a match may begin off a word's start
        second = _render_one(path[1]) if len(path) > 1 else None
        ways.add(first + (second or ""))
    return PairTest(re.compile("|".join(sorted(ways))))


@functools.cache
def _non_word() -> str:
    return "".join(re.findall(r"\W", _EVERY_BMP_CHARACTER))


def starts_of(pattern: re.Pattern[str]) -> str | None:
    """The prefilter for `pattern`, or None when its first characters are too common."""
    try:
        paths = _paths(list(_parser.parse(pattern.pattern, pattern.flags).data),
                       2, bool(pattern.flags & re.IGNORECASE))
    except _Unknown:
        return None
    if not paths or any(not path for path in paths):
        return None
    first = _render([path[0] for path in paths])
    if first is None or _DIGIT.search(first):
        return None  # digits start thousands of candidates in a dense text: slower (measured)
    second = _render([path[1] for path in paths]) if all(len(p) > 1 for p in paths) else None
    guard = _guard(pattern.pattern)
    flags = "".join(letter for flag, letter in _FLAGS if pattern.flags & flag)
    if guard and flags:
        guard = f"(?{flags}:{guard})"  # the guard reads as in the pattern: (?<=[a-z]) under I
    # Before the guard, a look at the second character: most letters of the first class
    # stand inside words, and a class fails them faster than the guard's look back does
    # (measured: a fifth less time over prose, a sixth over a dense text).
    ahead = f"(?={second})" if second else ""
    deeper = _deeper(pattern, first + ahead + guard)
    return deeper if deeper is not None else first + guard + (second or "")


DEPTH: Final = 4  # characters a word list's prefilter reads


def _deeper(pattern: re.Pattern[str], head: str) -> str | None:
    """`head` (the first characters' class, a look at the second and the guard), then the
    first DEPTH characters
    as a tree of the ways a match can begin: `[st](?<!g)(?:(?<=[s])nap|(?<=[t])el)`. Two
    characters' classes let most word starts through (`te`, `ko`, `he` stand before many
    words); four let few. Each branch looks back at its first character, so a place where
    the guard fails is left at once. None when the walk cannot follow the pattern."""
    try:
        paths = _paths(list(_parser.parse(pattern.pattern, pattern.flags).data), DEPTH,
                       bool(pattern.flags & re.IGNORECASE))
    except _Unknown:
        return None
    trie: dict[str, Any] = {}
    for path in paths:
        rendered = [_render_one(cls) for cls in path]
        if not rendered or rendered[0] is None:
            return None
        node = trie
        for cls in rendered:
            if cls is None:
                break  # anything may come: the branch ends here
            node = node.setdefault(cls, {})
        node[""] = {}  # a way to begin ends here
    branches = [f"(?<={first}){_subtree(rest)}" for first, rest in sorted(trie.items())]
    return head + "(?:" + "|".join(branches) + ")"


@functools.cache
def _render_one(cls: _Class) -> str | None:
    """`_render([cls])`, once per class: each reads the whole Basic Multilingual Plane, and a
    word list's paths share few classes among many places."""
    return _render([cls])


def _subtree(node: dict[str, Any]) -> str:
    """What may follow in a trie of classes; nothing when a way to begin ends here."""
    if "" in node:
        return ""
    parts = [cls + _subtree(child) for cls, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class _Unknown(Exception):
    """A part of a pattern this walk does not follow."""


def _paths(seq: list[Any], n: int, icase: bool) -> set[_Path]:
    """Every sequence of the classes of the first `n` characters a match of `seq` can take;
    a shorter one where anything may follow."""
    if n == 0 or not seq:
        return {()}
    (op, av), rest = seq[0], seq[1:]
    if op in _ZERO_WIDTH:
        return _paths(rest, n, icase)
    if op in (sre.LITERAL, sre.IN):
        item = _class(op, av, icase)
        if item is None:
            return {(_ANYTHING,)}
        return {(item, *tail) for tail in _paths(rest, n - 1, icase)}
    if op is sre.BRANCH:
        return _limit(set().union(*(_paths(list(alt) + rest, n, icase) for alt in av[1])))
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        inner = bool((icase or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        if inner != icase:
            # The flag holds for the group only: walk it alone, then what follows.
            heads = _paths(list(sub), n, inner)
            return _limit({head + tail for head in heads for tail in (
                {()} if _ANYTHING in head else _paths(rest, n - len(head), icase))})
        return _paths(list(sub) + rest, n, icase)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = av
        out: set[_Path] = set()
        for k in range(min(low, n), min(high, n) + 1):
            out |= _paths(list(sub) * k + rest, n, icase)
        return _limit(out)
    return {(_ANYTHING,)}  # any character, a back reference


def _limit(paths: set[_Path]) -> set[_Path]:
    if len(paths) > _MAX_PATHS:
        raise _Unknown
    return paths


def _class(op: Any, av: Any, icase: bool) -> _Class | None:
    if op is sre.LITERAL:
        return ((re.escape(chr(av)), icase),)
    items = []
    for kind, value in av:
        if kind is sre.LITERAL:
            items.append((re.escape(chr(value)), icase))
        elif kind is sre.RANGE:
            items.append((f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}", icase))
        elif kind is sre.CATEGORY and value in _CATEGORIES:
            items.append((_CATEGORIES[value], False))
        else:
            return None  # \w, a negated class: nearly every character
    return tuple(items)


def _render(classes: list[_Class]) -> str | None:
    """One character class holding every item, each letter in both cases where asked."""
    if _ANYTHING in classes:
        return None
    plain = {text for items in classes for text, icase in items if not icase}
    folded = "".join(text for items in classes for text, icase in items if icase)
    chars = set(re.findall(f"[{folded}]", _EVERY_BMP_CHARACTER, re.IGNORECASE)) \
        if folded else set()
    if len(chars) > 300:
        return None
    body = "".join(sorted(plain)) + "".join(re.escape(c) for c in sorted(chars))
    return f"[{body}]" if body else None


def _guard(source: str) -> str:
    """The lookbehinds every top-level branch starts with, moved behind one character."""
    guards = []
    for branch in _branches(source):
        found = []
        i = 0
        while branch.startswith(("(?<!", "(?<="), i):
            end = _close(branch, i)
            found.append(branch[i:end])
            i = end
        guards.append(found)
    common = guards[0] if all(g == guards[0] for g in guards) else []
    return "".join(g[:-1] + _ANY + ")" for g in common)
