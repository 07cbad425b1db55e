"""The one someone is kin of: `Ewa Granath (dotter till Harry)`, `son till Tina`, `the wife
of Molly`. A name there is a person's even where a list holds it as a drug's street name or
a word (`Harry`, `Tina`, `Molly`, `Lind`): a substance, a place or a thing has no daughter,
son or wife. Only a listed given name or surname is read, capitalised and on the kin word's
line, and a surname that is also a place's name stays a place (`sonen åkte till Sala`).

And the one whose kin or day is named, in the genitive: a listed given name that is also a
word or a drug's name (`Rosas mamma`, `Viola's birthday`, `Harry's funeral`), where the
other passes leave words and drugs alone. A colour, a flower or a stone has no mother and
no birthday; a place's genitive stays (`Sveriges födelsedag`, `Lunds kalas`: no given name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from mailgate.scan import names
from mailgate.scan.kinwords import GENITIVE_KIN, KIN_OF_SOMEONE
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where, token_folded
from mailgate.scan.recognizers.words import STOP_WORDS, Tok

# The words joining kin to the one it is kin of.
_OF: Final = frozenset({"till", "of", "åt"})
# A person's days, which no thing has: read after a genitive as kin is.
OCCASIONS: Final = frozenset({
    "birthday", "födelsedag", "namnsdag", "kalas", "födelsedagskalas", "begravning",
    "funeral", "wedding", "bröllop", "memorial", "minnesstund",
})
_OWNERS_OF: Final = GENITIVE_KIN | OCCASIONS


def kin_of_names(toks: list[Tok]) -> list[Hit]:
    """Each listed name right after a kin word and `till` or `of`."""
    if token_folded(toks).isdisjoint(KIN_OF_SOMEONE):
        return []  # a text without kin words pays one set test
    out = []
    for i in indexes_where(toks, _a_kin_word):
        if i + 2 < len(toks) and toks[i + 1].folded in _OF and _a_name_there(toks[i + 2]):
            out.append(Hit(toks[i + 2].start, toks[i + 2].end, SCORE_WEAK))
    return out


def _a_kin_word(text: str) -> bool:
    return text.casefold() in KIN_OF_SOMEONE


def _a_name_there(tok: Tok) -> bool:
    """A capitalised listed name on the kin word's line, not a town no list names anyone."""
    info = tok.info
    return tok.capital and tok.alpha and not tok.line_break_before and (
        info.first or (info.last and not names.is_place(tok.folded)))


def named_ones_genitives(toks: list[Tok]) -> list[Hit]:
    """Each capitalised genitive of a listed given name right before kin or a person's day."""
    return genitives_before(toks, _OWNERS_OF, _kin_or_a_day, _a_given_names_genitive)


def genitives_before(toks: list[Tok], owners: frozenset[str], owner: Callable[[str], bool],
                     genitive: Callable[[Tok], bool]) -> list[Hit]:
    """Each word `genitive` accepts right before a word of `owners` (`owner` tells one by its
    text) on the same line: `Rosas mamma`, `Tinas mamma` (drugnamed.kin_of_a_street_name)."""
    if token_folded(toks).isdisjoint(owners):
        return []  # a text without such words pays one set test
    return [Hit(toks[i - 1].start, toks[i - 1].end, SCORE_WEAK)
            for i in indexes_where(toks, owner)
            if i > 0 and not toks[i].line_break_before and genitive(toks[i - 1])]


def genitive_stem(text: str) -> str:
    """`Rosa` of `Rosas` or `Viola's`; "" for a word with no genitive's `s`."""
    return text[:-2] if text.endswith(("'s", "’s")) else text[:-1] if text.endswith("s") else ""


def _kin_or_a_day(text: str) -> bool:
    return text.casefold() in _OWNERS_OF


def _a_given_names_genitive(tok: Tok) -> bool:
    """`Rosas`, `Viola's`: a listed given name's genitive, no place's."""
    stem = genitive_stem(tok.text)
    if len(stem) < 3 or not tok.capital or tok.line_is_shouting or not stem.isalpha():
        return False
    return names.lookup(stem, STOP_WORDS).first and not names.is_place(stem.casefold())
