"""A colour, season or weather word after a given name is her surname (`Lisa Grön`, `Isak
Röd`, `Ida Snö`): Swedish surnames are often such words, and the lists hold some of them as
something else (`grön` an urgency grade, `Snö` a street name for cocaine). Alone the word
stays a word (`Grön` is a colour), and a given name that is a colour or a pill's look itself
(`Rosa Grön`, `Vit Röd`) or a drug's name (`Tina Röd`) makes a pill's description."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import Tok

# Nature words Swedish surnames are made of, that a list may hold as another thing.
WORD_SURNAMES: Final = frozenset({
    "grön", "röd", "blå", "vit", "svart", "grå",  # colours
    "vinter", "sommar", "vår", "höst",  # seasons
    "snö", "frost", "storm", "regn", "vind",  # weather
    "ros", "lilja", "viol", "vallmo", "tulpan",  # flowers
})


def a_word_as_surname(given: Tok, last: Tok) -> bool:
    """The word is such a surname one space after a given name no list holds as a word of the
    same kind, on one line."""
    info = given.info
    if not (info.first and info.core) or info.negative or given.drug_word or (
            given.place is None or given.text.isupper() or given.folded in WORD_SURNAMES):
        return False
    if last.folded not in WORD_SURNAMES or last.drug_word or last.text.isupper() or not (
            last.capital) or last.line_break_before:
        return False
    return given.place.text[given.end:last.start] == " "
