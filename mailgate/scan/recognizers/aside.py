"""Runs that a name list would take for a person but their company says are no one: items of
a list of things (listed.py), songs sung and words said (sung.py), horses and working dogs
(animals.py). Asked of each run the PERSON recognizer has judged a name."""

from __future__ import annotations

from mailgate.scan.recognizers.animals import an_animal
from mailgate.scan.recognizers.listed import a_listed_thing
from mailgate.scan.recognizers.sung import a_sung_title
from mailgate.scan.recognizers.words import Tok


def no_person(run: list[Tok], toks: list[Tok]) -> bool:
    return a_listed_thing(run, toks) or a_sung_title(run, toks) or an_animal(run, toks)
