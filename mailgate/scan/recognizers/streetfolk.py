"""Still more of what tells a person named like a drug's street name (Tina, Molly, Charlie,
Gina) from the drug (streetpeople.py asks): a speaker's label in a chat where someone else
speaks too (`Tina: kommer om fem` after `Oskar: ja`), a question of who (`Vem är Gina?`,
`vet inte vem Tina är`, `Who is Molly?`), a kin or a neighbour stated (`Tina är min syster`,
`Gina och Henry är mina kusiner`), one of a group (`Jack på min avdelning`, `Lucy from my
team`) and an ex (`min ex Tina`). A drug is asked what (`Vad är Tina?`), glossed after a
label among other drugs (`Tina: metamfetamin`, `Molly: 150 st`) and had in one's room or
at one's party (`Molly på min fest`), never in one's class."""

from __future__ import annotations

from typing import Final

from mailgate.scan import lexicon
from mailgate.scan.drugcues import STREET_GIVEN_NAMES
from mailgate.scan.kinwords import STATED_KIN
from mailgate.scan.recognizers.words import Tok

_JOINS: Final = frozenset({"och", "o", "&", "and"})
_BEING: Final = frozenset({"är", "var", "is", "are", "was", "were"})
_POSSESSIVES: Final = frozenset({"min", "mitt", "mina", "vår", "vårt", "våra", "hans",
                                 "hennes", "deras", "my", "our", "his", "her", "their"})
# Groups one belongs to: `Jack på min avdelning`, `Molly i min klass`, `Lucy from my team`.
_GROUPS: Final = frozenset({
    "avdelning", "klass", "program", "kurs", "team", "lag", "grupp", "skola", "enhet",
    "jobb", "arbetsplats", "korridor", "department", "class", "course", "group",
    "school", "unit", "office", "squad",
})
# The same groups named definite, no possessive needed: `Lucy på jobbet fyllde år`.
_DEFINITE_GROUPS: Final = frozenset({"jobbet", "kontoret", "klassen", "avdelningen",
                                     "kursen", "programmet", "laget", "skolan", "enheten"})
_IN: Final = frozenset({"på", "i", "från", "from", "in", "on", "at"})
_WHO: Final = frozenset({"vem", "who"})
_EX: Final = frozenset({"ex", "ex:et", "exet"})


def street_folk(toks: list[Tok], i: int) -> bool:
    """`toks[i]` is a street name that is a given name: do its frames make it a person?"""
    return _asked_who(toks, i) or _kin_stated(toks, i) or _of_a_group(toks, i) or (
        _an_ex(toks, i)) or a_chat_speaker(toks, i)


def _asked_who(toks: list[Tok], i: int) -> bool:
    """`Vem är Gina? Hon har ringt`, `Who is Molly? She left`, `vet inte vem Tina är men hon`:
    who is asked of people, and a pronoun of people soon after says the asker means one (a
    chat's `vem är Mandy` answered `inte en tjej` is a joke on the drug)."""
    if i >= 2 and toks[i - 1].folded in _BEING and toks[i - 2].folded in _WHO:
        asked = not toks[i].line_break_before and not toks[i - 1].line_break_before
    else:
        asked = i >= 1 and toks[i - 1].folded in _WHO and i + 1 < len(toks) and (
            toks[i + 1].folded in _BEING) and not toks[i].line_break_before
    return asked and any(t.folded in _THIRD_PERSONS for t in toks[i + 1 : i + _PRONOUN_REACH])


# Pronouns of people only, soon after the question: `Vem är Gina? Hon har ringt`.
_THIRD_PERSONS: Final = frozenset({"hon", "han", "hen", "henne", "honom", "she", "he", "her",
                                   "him"})
_PRONOUN_REACH: Final = 10


def _kin_stated(toks: list[Tok], i: int) -> bool:
    """`Tina är min syster`, `Gina och Henry är mina kusiner`, `Charlie is my brother`."""
    k = i + 1
    if k + 1 < len(toks) and toks[k].folded in _JOINS and toks[k + 1].capital:
        k += 2  # Gina och Henry är …; Henry, the second, reaches `är` right after it
    return k + 2 < len(toks) and toks[k].folded in _BEING and (
        toks[k + 1].folded in _POSSESSIVES) and toks[k + 2].folded in STATED_KIN and not any(
        t.line_break_before for t in toks[i + 1 : k + 3])


def _of_a_group(toks: list[Tok], i: int) -> bool:
    """`Jack på min avdelning har …`, `Lucy på jobbet fyllde år`: the name opens its sentence
    and belongs to a group; a drug is taken at a party or in a room (`Molly på min fest`)."""
    if not (i == 0 or toks[i].sentence_start or toks[i].line_break_before):
        return False
    if i + 2 >= len(toks) or toks[i + 1].folded not in _IN or toks[i + 1].line_break_before:
        return False
    if toks[i + 2].folded in _DEFINITE_GROUPS:
        return True
    return i + 3 < len(toks) and toks[i + 2].folded in _POSSESSIVES and (
        toks[i + 3].folded in _GROUPS)


def _an_ex(toks: list[Tok], i: int) -> bool:
    """`min ex Tina`, `my ex Charlie`: an ex is someone's (`t.ex. Tina` is an example)."""
    return i >= 2 and toks[i - 1].folded in _EX and toks[i - 2].folded in _POSSESSIVES and (
        not toks[i].line_break_before)


def a_chat_speaker(toks: list[Tok], i: int) -> bool:
    """`Tina: kommer om fem` in a chat where another, named as no drug is, speaks too
    (`Oskar: ja vi står vid garderoben`); a price list or a glossary labels drugs only
    (`Tina: 600/halvgram`, `Molly: MDMA`)."""
    if not _says(toks, i, 1):
        return False
    return any(_other_speaker(toks, j, i) for j in range(len(toks)) if j != i and (
        j == 0 or toks[j].line_break_before))


def _says(toks: list[Tok], i: int, width: int) -> bool:
    """A label of `width` words at a line's start, a colon, then words on the same line."""
    if not (i == 0 or toks[i].line_break_before) or i + width + 1 >= len(toks):
        return False
    colon, said = toks[i + width], toks[i + width + 1]
    return colon.text == ":" and not colon.line_break_before and not (
        said.line_break_before) and said.alpha and not _a_drug(said)


def _other_speaker(toks: list[Tok], j: int, i: int) -> bool:
    tok = toks[j]
    if tok.folded == toks[i].folded or not tok.info.first or _a_drug(tok):
        return False
    return _says(toks, j, 1) or (j + 1 < len(toks) and toks[j + 1].capital and (
        toks[j + 1].alpha) and _says(toks, j, 2))  # Rebecka Ahl: kan någon …


def _a_drug(tok: Tok) -> bool:
    return tok.drug_word or tok.folded in STREET_GIVEN_NAMES or tok.folded in lexicon.drugs()
