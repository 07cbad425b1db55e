"""Horses and working dogs, named like people: `Valacken Kalle Blixt`, `sökhunden Max`,
`red på Ronja`.

pets.a_pet takes one word after an animal word (`hunden Bella`); trades that work with
animals write more: compounds of the animal word (`narkotikasökhunden Zorro`,
`tjänstehunden Molly`, `skolhästen Saga`), a horse's two-word name (`hästen Maja Stjärna`,
`stoet Bella Donna`) and riding (`red på Ronja`). A given name and a surname after an animal
word stay a person when a comma or role stands between (`hunden, Erik Berg`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.textindex import any_ending
from mailgate.scan.recognizers.words import Tok

HORSE_WORDS: Final = frozenset({"häst", "hästen", "ponny", "ponnyn", "valack", "valacken", "sto",
                                "stoet", "hingst", "hingsten", "föl", "fölet", "travare",
                                "travaren", "pony", "mare", "gelding", "stallion", "horse"})
# Compounds end in these: sökhunden, tjänstehunden, narkotikahunden, skolhästen, ridponnyn.
ANIMAL_ENDS: Final = ("hunden", "hund", "hästen", "häst", "ponnyn", "katten", "dog")
_AN_ANIMAL_ENDING: Final = Endings(ANIMAL_ENDS)
_SHORTEST_HEAD: Final = 3
RIDE_VERBS: Final = frozenset({"red", "rider", "rida", "ridit", "rode", "rides", "ride"})


def animal_words(folded: frozenset[str]) -> bool:
    """Whether a text with these (folded) words can have an animal named in it: an animal's
    word or compound, or a verb of riding; without one `an_animal` is False for every run."""
    return not (HORSE_WORDS.isdisjoint(folded) and RIDE_VERBS.isdisjoint(folded)) or (
        any_ending(folded, _AN_ANIMAL_ENDING))


def an_animal(run: list[Tok], toks: list[Tok]) -> bool:
    if len(run) >= 2 and _names_one(run[0], len(run) - 1):
        return True  # Sökhunden Max markerade: the animal word starts the sentence
    first = run[0].index
    if first == 0:
        return False
    if _names_one(toks[first - 1], len(run)):
        return True  # hästen Maja Stjärna, sökhunden Max
    return toks[first - 1].folded in ("på", "on") and len(run) <= 2 and any(
        t.folded in RIDE_VERBS for t in toks[max(0, first - 4) : first - 1])  # red Tilde på Ronja


def _names_one(word: Tok, words: int) -> bool:
    """An animal word naming the `words` words after it: two for a horse, one for a dog."""
    if word.folded in HORSE_WORDS:
        return words <= 2
    return _an_animal_compound(word.folded) and words == 1


def _an_animal_compound(folded: str) -> bool:
    if not folded.endswith(ANIMAL_ENDS):
        return False  # nearly every word: one test for all the endings
    return any(folded.endswith(end) and len(folded) - len(end) >= _SHORTEST_HEAD
               for end in ANIMAL_ENDS)
