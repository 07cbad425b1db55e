"""What a piece of a long text needs from the whole, and what it found for the whole.

A long text is scanned in overlapping pieces (chunks.py). Two steps of the scanner look at
the whole text, not at the words around a match: a name once found is a name everywhere
(recognizers/person.py), and an age is a quasi-identifier when the text also has a date
and a small municipality (recognizers/quasi.py). A `Whole` travels with each piece's NLP
artifacts and carries those facts; when a text is scanned whole there is none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Whole:
    core: tuple[int, int]  # the piece's own stretch, in piece offsets; the rest is context
    ages_matter: bool  # age + date + small municipality somewhere in the whole text
    names: frozenset[str] | None = None  # every name word found in the whole text, if known
    offset: int = 0  # where the piece starts in the whole text: findings are made there
    ends_text: bool = True  # the piece reads to the whole text's end (a signature's place)
    # Filled in by the PERSON recognizer while the piece is scanned:
    names_in_core: set[str] = field(default_factory=set)  # name words of names in the core
    names_used: frozenset[str] = frozenset()  # the name words it repeated
    words_in_core: set[str] = field(default_factory=set)  # words a repeat could have hit

    def in_core(self, start: int) -> bool:
        return self.core[0] <= start < self.core[1]

    def repeat(self, here: set[str], in_core: set[str], candidates: Iterable[str]) -> set[str]:
        """The name words to repeat in this piece: the whole text's when known, else the
        piece's own (`here`); records what the chunk scanner needs to check that choice."""
        self.names_in_core |= in_core
        self.words_in_core.update(candidates)
        chosen = set(self.names) if self.names is not None else here
        self.names_used = frozenset(chosen)
        return chosen

    def needs_rescan(self, names: frozenset[str]) -> bool:
        """True when repeating the whole text's names would change this piece's findings."""
        return not (names ^ self.names_used).isdisjoint(self.words_in_core)


def whole_of(nlp_artifacts: Any) -> Whole | None:
    """The Whole a piece's NLP artifacts carry, or None for a text scanned whole."""
    whole = getattr(nlp_artifacts, "whole", None)
    return whole if isinstance(whole, Whole) else None


def attach(nlp_artifacts: Any, whole: Whole) -> None:
    """Let the recognizers scanning a piece find its Whole in the piece's NLP artifacts."""
    nlp_artifacts.whole = whole
