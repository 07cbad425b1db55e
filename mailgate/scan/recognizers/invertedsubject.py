"""A naming verb's subject after it: Swedish puts the verb second, so a clause opening with a
place or a time has its subject after the verb (`I spelet heter bossen Malenia`, `På jobbet
heter chefen Anna`, `I romanen hette hjälten Ove`). That noun is no nickname: the name is the
capital after it. When the noun is a thing's word (`I appen heter funktionen Nattkompis`,
`heter tältet Tove`) the name is the thing's."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.thingheads import a_thing_head
from mailgate.scan.recognizers.words import Tok
from mailgate.scan.thingcues import THING_NOUNS

_DEFINITE_ENDINGS: Final = ("en", "et", "na")
_SHORTEST: Final = 5  # bossen, chefen, tältet; not `heter lena`, a lower-case name


def past_the_subject(toks: list[Tok], j: int) -> int | None:
    """Where the name starts when toks[j], right after a naming verb, may be its subject: j
    itself when it is none, the next word when it is a person's or an unknown noun, None when
    it is a thing's word."""
    if j + 1 >= len(toks) or not _a_definite_noun(toks[j], toks[j + 1]):
        return j
    return None if a_thing_head(toks[j]) or toks[j].folded in THING_NOUNS else j + 1


def _a_definite_noun(tok: Tok, after: Tok) -> bool:
    """A lower-case definite noun no list calls a name, before a capital on its line."""
    return after.capital and not after.line_break_before and not tok.capital and tok.alpha and (
        not tok.info.name and len(tok.folded) >= _SHORTEST
        and tok.folded.endswith(_DEFINITE_ENDINGS))
