"""Horses and working dogs, named like people: `Valacken Kalle Blixt`, `sökhunden Max`,
`red på Ronja`.

pets.a_pet takes one word after an animal word (`hunden Bella`); trades that work with
animals write more: compounds of the animal word (`narkotikasökhunden Zorro`,
`tjänstehunden Molly`, `skolhästen Saga`), a horse's two-word name (`hästen Maja Stjärna`,
`stoet Bella Donna`) and riding (`red på Ronja`). A given name and a surname after an animal
word stay a person when a comma or role stands between (`hunden, Erik Berg`).

A trotting bet names its horses without the animal's word: the name right before the race it
runs (`Fru Fortuna och Herr Olsson i lopp 5`, `Lady Linnea spik i V75-4`, `… og Fru Fortuna i
DD`) is a horse. A race's number is needed (`i loppet` may be a runner's), and `lopp 5` is a
trotting race only where a bet is spoken of (`Anna Berg i lopp 3 sprang fortast` stays).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.endings import Endings
from mailgate.scan.recognizers.textindex import any_ending, token_folded
from mailgate.scan.recognizers.words import Tok

HORSE_WORDS: Final = frozenset({"häst", "hästen", "ponny", "ponnyn", "valack", "valacken", "sto",
                                "stoet", "hingst", "hingsten", "föl", "fölet", "travare",
                                "travaren", "pony", "mare", "gelding", "stallion", "horse"})
# Compounds end in these: sökhunden, tjänstehunden, narkotikahunden, skolhästen, ridponnyn.
ANIMAL_ENDS: Final = ("hunden", "hund", "hästen", "häst", "ponnyn", "katten", "dog")
_AN_ANIMAL_ENDING: Final = Endings(ANIMAL_ENDS)
_SHORTEST_HEAD: Final = 3
RIDE_VERBS: Final = frozenset({"red", "rider", "rida", "ridit", "rode", "rides", "ride"})
# A race a bet names: ATG's games and their legs (`V75-4`), and where a bet is spoken of,
# `lopp 5`, `V5`, `DD` (dagens dubbel), `LD` (lunchdubbeln); `i v4` alone is a week.
_GAMES: Final = ("v64", "v65", "v75", "v86", "gs75")
_RACES: Final = frozenset(_GAMES) | {f"{game}-{leg}" for game in _GAMES for leg in range(1, 9)}
_BET_RACES: Final = frozenset({"v3", "v4", "v5", "dd", "ld"}) | {
    f"{game}-{leg}" for game in ("v3", "v4", "v5") for leg in range(1, 6)}
_RACE_WORDS: Final = frozenset({"lopp", "loppet", "race"})
_AND: Final = frozenset({"och", "og", "and", "&", "eller", "or"})
_THEIR_BET: Final = frozenset({"spik", "skräll"})
_MOST_BETWEEN: Final = 3  # words of the other horse named before the race: `og Fru Fortuna`
_BET_WORDS: Final = frozenset({"kupong", "kupongen", "spelad", "spelade", "spelat", "insats",
                               "insatsen", "odds", "oddset", "travet", "travbanan", "totalisator",
                               "atg", "rikstoto", "spik", "skräll", "bet", "betting", "tote",
                               "stake", "spill", "tipping"})


def animal_words(folded: frozenset[str]) -> bool:
    """Whether a text with these (folded) words can have an animal named in it: an animal's
    word or compound, a verb of riding, a race or a bet; without one `an_animal` is False for
    every run."""
    return not (HORSE_WORDS.isdisjoint(folded) and RIDE_VERBS.isdisjoint(folded)
                and _RACES.isdisjoint(folded) and _BET_WORDS.isdisjoint(folded)) or any_ending(
        folded, _AN_ANIMAL_ENDING)


def an_animal(run: list[Tok], toks: list[Tok]) -> bool:
    if len(run) >= 2 and _names_one(run[0], len(run) - 1):
        return True  # Sökhunden Max markerade: the animal word starts the sentence
    if _before_its_race(run[-1].index + 1, toks):
        return True  # spelad på Fru Fortuna och Herr Olsson i lopp 5
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


def _before_its_race(at: int, toks: list[Tok]) -> bool:
    """The words from `at` name a race a bet is on, maybe after another horse joined by `och`."""
    if at < len(toks) and toks[at].folded in _AND:
        at += 1
        other = at
        while at < len(toks) and at - other < _MOST_BETWEEN and toks[at].capital:
            at += 1
    if at < len(toks) and toks[at].folded in _THEIR_BET:
        return True  # Lady Linnea spik i V75-4
    if at + 1 >= len(toks) or toks[at].folded not in ("i", "in"):
        return False
    race = toks[at + 1]
    if race.folded in _RACES:
        return True
    numbered = race.folded in _RACE_WORDS and at + 2 < len(toks) and toks[at + 2].text.isdigit()
    game = race.folded in _BET_RACES and race.text.isupper()  # `i v4` is a week
    return (numbered or game) and not _BET_WORDS.isdisjoint(token_folded(toks))
