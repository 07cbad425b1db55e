"""Streets abroad named like people: `Paldiski mnt 81`, `Ditmar-Koel-Straße`, `Plaza Calvo
Sotelo 3`, `Via Giuseppe Garibaldi 5`, `ul. Jana Pawła II`, `Karl-Johans gate 20`,
`Khiaban-e Hafez`. Streets abroad are named after people; the street's word before or after
the name, or a compound ending in one, makes it a street (venuesabroad.py asks these).
"""

from __future__ import annotations

import re
from typing import Final

from mailgate.scan.recognizers.words import Tok

# Street words abroad written apart and before the number: Paldiski mnt 81, Rue X, Lipowa ul.
STREET_WORDS: Final = frozenset({
    "mnt", "mnt.", "tn", "tn.", "pst", "pst.", "str", "str.", "ul", "ul.", "utca", "út",
    "iela", "gatve", "katu", "vej", "vei", "veien", "gade", "straße", "strasse",
})  # not Norwegian `gate`: an airport's gate follows passengers' names
# Street words abroad before the name (streets are named after people: Via Giuseppe Garibaldi,
# Plaza Calvo Sotelo, ul. Jana Pawła II). `Via` opens Swedish sentences too (Via Anna fick
# vi...), so it makes a street only before a house number.
STREET_HEADS: Final = frozenset({
    "via", "viale", "piazza", "piazzale", "corso", "largo", "plaza", "paseo", "passeig",
    "praça", "praca", "travessa", "boulevard", "bulevar", "ulica", "aleja",
    "calle", "avenida", "rua", "rue", "carrer", "avenue", "allée", "quai",
})
# Persian street words joined to the name by the ezafe: Khiaban-e Hafez, Meydan-e Azadi.
_EZAFE_STREETS: Final = ("khiaban", "khiyaban", "kheyaban", "meydan", "kuche", "bolvar")
# Street words abroad that end a compound street name: Ditmar-Koel-Straße, Keizersgracht.
STREET_ENDINGS: Final = ("straße", "strasse", "gasse", "straat", "steeg", "gracht", "vej",
                         "veien", "gaden", "katu", "utca", "iela")
_NUMBER: Final = re.compile(r"^\d{1,4}[A-Za-z]?$")


def next_on_line(run: list[Tok], toks: list[Tok], step: int = 1) -> Tok | None:
    """The token `step` after the run on the same line, or None."""
    i = run[-1].index
    for _ in range(step):
        i += 1
        if i >= len(toks) or toks[i].line_break_before:
            return None
    return toks[i]


def a_street_abroad(run: list[Tok], toks: list[Tok]) -> bool:
    """`Paldiski mnt 81` (a street word apart, then a number); `Ditmar-Koel-Straße` (a
    compound ending in one)."""
    last, folded = run[-1], run[-1].folded
    if len(run) == 1 and any(folded.endswith(e) and len(folded) > len(e) + 2 and (
            folded.endswith("-" + e) or not last.info.first) for e in STREET_ENDINGS):
        return True  # a compound's parts may be given names: Ditmar-Koel-Straße
    word, number = next_on_line(run, toks), next_on_line(run, toks, 2)
    return word is not None and number is not None and word.text.islower() and (
        word.folded in STREET_WORDS or (word.folded == "gate" and last.text.endswith("s"))) and (
        _NUMBER.match(number.text) is not None)  # Karl-Johans gate 20; not Anna Holm gate 12


def after_a_street_head(run: list[Tok], toks: list[Tok]) -> bool:
    """`Plaza Calvo Sotelo 3`, `Piazza Garibaldi`, `ul. Jana Pawła II 14`: a street abroad,
    its head in the run or right before it."""
    if len(run) >= 2 and ezafe_street(run[0]):
        return True
    if len(run) >= 2 and run[0].capital and run[0].folded in STREET_HEADS:
        head = run[0]
        if given_and_surname(run):
            number = next_on_line(run, toks)  # Calle Andersson is someone; Calle Mayor 12
            return number is not None and _NUMBER.match(number.text) is not None
    elif run[0].index > 0 and not run[0].line_break_before:
        i = run[0].index - 1
        if toks[i].text == "." and i > 0 and toks[i - 1].text in ("ul", "al"):
            return True  # ul. Jana Pawła II: Polish ulica, aleja
        head = toks[i]
        if ezafe_street(head):
            return True  # Khiaban-e Hafez: Persian names its streets after poets
        if not head.capital or head.folded not in STREET_HEADS:
            return False
    else:
        return False
    number = next_on_line(run, toks)
    return head.folded != "via" or (number is not None and _NUMBER.match(number.text) is not None)


def given_and_surname(run: list[Tok]) -> bool:
    """A given name and a surname common here: a person, though the given name is also a
    thing's word (`Calle` a street abroad, `Ros` a rose)."""
    return len(run) == 2 and run[0].info.first and run[1].info.last and run[1].info.core


def ezafe_street(tok: Tok) -> bool:
    """`Khiaban-e`, `Meydan-e`: a Persian street's or square's word joined to its name."""
    return tok.folded.startswith(_EZAFE_STREETS) and tok.folded.endswith(("-e", "-ye"))
