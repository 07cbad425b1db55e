"""One word right after a preposition of place (`på Max`, `vid Apollo`, `bakom Buffén`) is
where something is, not who: a person there has a full name or a genitive (`på Marias`, `at
Anna's`), or a verb before the preposition takes a person (`väntade på Elin`)."""

from __future__ import annotations

from typing import Final

from mailgate.scan import names
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# Prepositions of place: one word right after them is where something is (`på Max`, `vid
# Apollo`, `bakom Buffén`), not who; a person there has a full name or a genitive (`på
# Marias`, `at Anna's`): so in every dev corpus, where 33 people follow one of them.
_AT: Final = frozenset({"på", "vid", "i", "ved", "bakom", "utanför", "at", "near", "outside",
                        "behind", "through"})


def where_one_is(tok: Tok, toks: list[Tok]) -> bool:
    """One word, no name's genitive (`Vilmers`, `Oskars`), right after a preposition of place
    on its line."""
    i = tok.index
    if i == 0 or tok.line_break_before or toks[i - 1].folded not in _AT or (
            i + 1 < len(toks) and toks[i + 1].capital):
        return False  # i Magnus Ladulås-dräkt: a name the run went on with
    if toks[i - 1].folded == "i" and not tok.after_place_word:
        return False  # Polish `i` (and): languages.py clears the place's mark
    if i > 1 and toks[i - 2].folded in _TAKES_SOMEONE:
        return False  # väntade på Elin, kär i Nora, yelled at Tom
    if toks[i - 1].folded == "på" and tok.info.core:
        return False  # `på` takes people often (hälsade på Maria): a common given name stays
    stem = tok.text[:-1]
    if stem[-1:] in _APOSTROPHES:
        return False  # at Anna's party
    return tok.text[-1:] not in _GENITIVE_ENDS or not (
        tok.folded == stem.casefold() or names.lookup(stem, STOP_WORDS).name)


# Verbs and words whose `på`, `i` or `at` takes a person: `väntade på Elin`, `kär i Nora`.
_TAKES_SOMEONE: Final = frozenset({
    "vänta", "väntar", "väntade", "väntat", "lita", "litar", "litade", "tänka", "tänker",
    "tänkte", "titta", "tittar", "tittade", "kolla", "kollar", "kollade", "hälsa", "hälsar",
    "hälsade", "skrek", "skriker", "ropade", "kallade", "tror", "trodde", "skyllde", "skyller",
    "arg", "sur", "kär", "förälskad", "orolig", "rädd", "hämnas", "hämnades", "ljög",
    "looked", "laughed", "yelled", "shouted", "smiled", "stared", "angry", "mad", "waited",
})
_GENITIVE_ENDS: Final = ("s", "S")
_APOSTROPHES: Final = ("'", "’")
