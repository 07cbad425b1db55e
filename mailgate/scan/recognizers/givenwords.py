"""Norwegian given names that are English words, and so on no list of names (`Even`,
`Live`): someone's where a frame shows a person, never alone. After a kin word, a friend's,
a role's or a greeting's (`Min søster Live`, `Kompisen min Even`, `Hilsen Even`), before a
person's verb (`Even ringte meg`, `Live sa at …`), after an asking verb (`Spør Even om …`),
beside `jeg`/`jag` or another given name (`Jeg og Even`, `Live og Sander`); a listed
surname after one so framed joins it (`Min bror Even Bakke`), though a surname alone is no
frame (`Even Stevens`, `Live Love Laugh`). English text uses the words so (`Even so`, `Live
music`, `Live chat`, `Even-numbered`): no frame there is a person's."""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import PERSON_CUES
from mailgate.scan.recognizers.base import Hit
from mailgate.scan.recognizers.scores import SCORE_WEAK
from mailgate.scan.recognizers.textindex import indexes_where
from mailgate.scan.recognizers.words import Tok

WORD_GIVEN_NAMES: Final = frozenset({"Even", "Live", "EVEN", "LIVE"})
# Words right before the name besides a person's cues: a greeting's, an asking verb's.
_BEFORE: Final = frozenset({"hilsen", "hälsningar", "hälsning", "mvh", "spør", "spurte",
                            "fråga", "frågade", "ring", "ringte", "snakket", "snakka"})
# A possessive after a kin or friend's word, the name after it (`Kompisen min Even`).
_POSSESSIVES: Final = frozenset({"min", "mi", "mitt", "din", "hans", "hennes"})
# A person's verbs right after the name (Norwegian and Swedish, past and present).
_VERBS: Final = frozenset({
    "ringte", "ringer", "sa", "sier", "sade", "säger", "skrev", "skriver", "kom", "kommer",
    "tok", "tog", "fant", "fann", "fikk", "fick", "dro", "gikk", "gick", "hadde", "hade",
    "mente", "fortalte", "berättade", "spurte", "svarte", "svarade", "traff", "jobber",
    "jobbar", "bor"})
_I: Final = frozenset({"jeg", "jag", "meg", "mig"})
_AND: Final = frozenset({"og", "och"})


def word_given_names(toks: list[Tok]) -> list[Hit]:
    """Even and Live in a person's frame (above), with a listed surname after them."""
    out = []
    for i in indexes_where(toks, WORD_GIVEN_NAMES.__contains__):
        if not _a_persons_frame(toks, i):
            continue
        end = toks[i].end
        if i + 1 < len(toks) and toks[i + 1].capital and toks[i + 1].info.last and (
                toks[i + 1].start == end + 1):
            end = toks[i + 1].end  # Even Bakke
        out.append(Hit(toks[i].start, end, SCORE_WEAK))
    return out


def _a_persons_frame(toks: list[Tok], i: int) -> bool:
    before = [t.folded for t in toks[max(0, i - 2) : i]]
    after = toks[i + 1 : i + 3]
    if before and (before[-1] in PERSON_CUES or before[-1] in _BEFORE):
        return True
    if len(before) == 2 and before[-1] in _POSSESSIVES and before[0] in PERSON_CUES:
        return True  # Kompisen min Even
    if len(before) == 2 and before[-1] in _AND and before[0] in _I:
        return True  # Jeg og Even
    if not after:
        return False
    # A surname alone after them is no frame: `Even Stevens`, `Live Love Laugh` are titles.
    return after[0].folded in _VERBS or (after[0].folded == "og" and len(after) == 2 and (
        after[1].capital and after[1].info.first))  # Even ringte; Live og Sander
