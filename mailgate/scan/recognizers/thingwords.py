"""Where the words of things' names stand in a text, with the costly question asked late.

Whether a run of capitals names a thing (`namedthing.names_a_thing`, some forty rules) was
asked of every run, yet it decides only two things: whether a run that looks like a name is
one, and whether a name seen again elsewhere is left alone inside a thing's name (`Ekholms
Lantbruk`). Three runs in four look like no name at all (`Det`, `Vi`, `Polisen`): for those
the question waits until a name seen again lands on one of their words, which is rare. It
took a fifth of a report's scan when asked of all.
"""

from __future__ import annotations

from mailgate.scan.recognizers.namedthing import Possible, names_a_thing
from mailgate.scan.recognizers.runs import Run
from mailgate.scan.recognizers.words import Tok


class ThingWords:
    """The starts of the words of things' names, some known, some still to be asked."""

    __slots__ = ("_can", "_known", "_toks", "_unasked")

    def __init__(self, known: set[int], toks: list[Tok], can: Possible) -> None:
        self._known = known
        self._toks = toks
        self._can = can
        self._unasked: dict[int, Run] = {}  # a word's start: the run it stands in

    def add(self, run: Run) -> None:
        self._known.update(t.start for t in run.toks)

    def later(self, run: Run) -> None:
        """`run` names a thing or not: asked only if a word of it is asked about."""
        for t in run.toks:
            self._unasked[t.start] = run

    def __contains__(self, start: int) -> bool:
        if start in self._known:
            return True
        run = self._unasked.get(start)
        if run is None:
            return False
        for t in run.toks:  # asked once per run
            self._unasked.pop(t.start, None)
        if names_a_thing(run, self._toks, self._can):
            self.add(run)
            return True
        return False
