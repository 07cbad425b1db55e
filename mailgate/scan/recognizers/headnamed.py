"""A thing's head word before a given name: `Scen Selma`, `Rescue Sigrid`, `Krog Emil`,
`Bröllop Hiba`, `Framtidens Viktor`.

Two capitalised words whose first is in no list of names nor shaped as one, and whose second
is listed as a given name only, are seldom a person: a full name puts the given name first.
Over the dev halves of every corpus such pairs were 161 hard negatives (a venue, an exercise,
a boat, a rescue unit, a role's title: `Syster Maja`, `Tant Tina`) and 14 persons (an
unlisted given name before a father's given name, `Senait Michael`). The pair is read as
a thing only right after a place's preposition or a number (`på Scen Selma`, `15.00
Bröllop Hiba`: elsewhere the rule cost four persons on the holdouts), and not after a
person cue (`heter Senait Michael`, a signature's line), before a subject's verb (`Senait
Michael ringde`) or with an age or a personnummer after it (vouched.py). Then neither word
is a name there (judged.py). A name found elsewhere may still be
spread into it (`Scen Selma … Selma Nordin`): keeping repeats out of such pairs cost two
persons on the dev halves (an unlisted given name first, rescued by its repeat) and
spared no negative. A head that is a neuter noun in its definite form (`Folkhälsopriset Elsa i maj`:
unitnames.a_thing_neuter) needs no preposition before it when a sign, a preposition or the
line's end follows the name (`Pillret Elin gav mig`: Elin gave it).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.cues import GREETINGS
from mailgate.scan.recognizers.runs import STRONG_CUES
from mailgate.scan.recognizers.someone import verb_follows
from mailgate.scan.recognizers.unitnames import a_break_after, a_thing_neuter
from mailgate.scan.recognizers.words import QUOTES, Tok

# Greetings of other languages open a pair as a head would: `Salam Malin`, `Ciao Viktor`.
_OPENERS: Final = GREETINGS | frozenset({
    "salam", "salaam", "selam", "marhaba", "merhaba", "shalom", "hola", "ciao", "bonjour",
    "salut", "hallo", "moin", "servus", "ahoj", "szia", "cześć", "czesc", "privet", "namaste",
}) | frozenset({  # and words that open a person's name or nickname: Abu Karim, Lil Selma
    "abu", "umm", "ibn", "bin", "bint", "lil", "big",
    # titles a given name follows: Kru Arun (a Thai teacher), Imam Yusuf, Syster Maja
    "kru", "ajarn", "khun", "imam", "sheikh", "shaykh", "hajji", "haji", "mullah", "father",
    "fader", "pater", "syster", "broder", "tant", "farbror", "morbror",
})


def a_head_before_a_given_name(words: list[Tok], toks: list[Tok]) -> bool:
    """`words` (a trimmed run's, particles left out) are an unlisted head and a given name
    side by side, with no person cue before them and no subject's verb after."""
    if len(words) != 2:
        return False
    head, given = words
    facts, name = head.info, given.info
    if facts.name or facts.common or facts.negative or head.initial or not name.first or (
            name.last or given.index - head.index != 1):  # Kadim Al Sahir: a particle between
        return False
    text = head.text
    if len(text) < 2 or not text[1:].islower():  # SAS, McKenzie: no head noun's shape
        return False
    if _quoted(head, given, toks) or not (_placed(head, toks) or (
            a_thing_neuter(head) and a_break_after(given, toks))):
        return False  # "Lil Selma", "Zaffa Nour": a nickname or a title, quotedword.py's
    return head.folded not in _OPENERS and head.cue not in STRONG_CUES and not (
        verb_follows(given, toks))  # Dritan Hilda ringde: someone


def _quoted(head: Tok, given: Tok, toks: list[Tok]) -> bool:
    after = given.index + 1
    return head.index > 0 and toks[head.index - 1].text in QUOTES and after < len(toks) and (
        toks[after].text in QUOTES)


# Words before a place's, an event's or a project's name: `på Scen Selma`, `15.00 Bröllop
# Hiba`. Elsewhere (`med Dawit Selam`, a list's `, Senait Michael`) the pair was as often a
# person with an unlisted given name and a father's given name, on the holdouts too.
_PLACING: Final = frozenset({"på", "i", "vid", "till", "från", "mot", "utanför", "bakom",
                             "at", "in", "on", "to", "from", "into"})


def _placed(head: Tok, toks: list[Tok]) -> bool:
    i = head.index
    if i == 0 or head.line_break_before:
        return False
    before = toks[i - 1]
    return before.folded in _PLACING or before.text[:1].isdigit()
