"""A neighbour's plate known by the words round it, as a code's never is: a vehicle's or
country's word after it in its clause (`AB 12345 (norsk bil)`), a driving verb right after
it (`KI-VD 6000 körde om`, `NX 71951 parked`: codes, flights and orders do not drive), or a
driver's, owner's or passenger's word and a preposition right before it (`föraren i NX
71951`, `the driver of EL 12345`, `ägaren till WX 12345`), or a parking fine's or a parked
car's word right before it (`Felparkerad WX 12345`, `Kontrollavgift EL 12345`)."""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.numbercues import PLATE_CUES
from mailgate.scan.recognizers.base import has_cue, words_before

# Where the clause after a plate ends: its cue must come before (`AB 12345 (norsk bil)`).
CLAUSE_END: Final = re.compile(r"[,;:!?\n]|\.(?!\w)")

# What a vehicle does, in the languages its plates come from; the verb's subject is the
# plate (`KI-VD 6000 körde om`), never a code's. Not `kom` or `stod` (a flight comes too), nor
# `körs` (a test or a job is run).
_DRIVEN: Final = frozenset({
    "kör", "körde", "kört", "parkerade", "parkerad", "parkerat", "backade", "krockade",
    "svängde", "tankade", "bromsade", "drove", "drives", "parked", "crashed",
    "reversed", "overtook", "braked", "swerved", "kjørte", "parkerte", "kørte", "parkerede",
    "fuhr", "parkte"})
# A driver's, owner's or passenger's word, then a preposition naming the vehicle: `föraren i`,
# `ägaren till`, `the driver of`, `sjåføren av`.
_PEOPLE_OF_A_VEHICLE: Final = frozenset({
    "förare", "föraren", "förarna", "chaufför", "chauffören", "ägare", "ägaren", "ägarna",
    "passagerare", "passageraren", "passagerarna", "driver", "drivers", "owner", "owners",
    "passenger", "passengers", "sjåfør", "sjåføren", "fører", "føreren", "chauffør",
    "chaufføren", "eier", "eieren", "ejer", "ejeren"})
_OF: Final = frozenset({"i", "av", "till", "of", "in", "for", "på"})


def cued_after(text: str, end: int) -> bool:
    """A vehicle or country word among the three words after a neighbour's plate, in its
    clause (`M-AB 123 är en tysk bil`), or a driving verb first (`EL 12345 parkerade`)."""
    clause = CLAUSE_END.split(text[end : end + 30], maxsplit=1)[0]
    after = words_before(clause, len(clause), len(clause))[:3]
    return has_cue(after, PLATE_CUES, last=3) or (bool(after) and after[0] in _DRIVEN and (
        clause[: clause.find(after[0])].strip() == ""))


def of_a_driver(before: list[str]) -> bool:
    """The words right before (nearest last) are a driver's word and a preposition."""
    return len(before) >= 2 and before[-1] in _OF and before[-2] in _PEOPLE_OF_A_VEHICLE


# A parking fine's and a parked car's words: what is fined or parked is a vehicle.
_FINED: Final = ("felparker", "kontrollavgift", "parkeringsbot", "p-bot", "bötfäll", "parkerad",
                 "parkerat")


def a_neighbours_frame(text: str, end: int, before: list[str]) -> bool:
    """Any of the frames above round a neighbour's plate (`before`: the words before it,
    nearest last)."""
    return cued_after(text, end) or of_a_driver(before) or any(
        w.startswith(_FINED) for w in before[-2:])

