"""Titles sung and words said: `Vi sjunger Stilla natt`, `säger 'Lotta' och 'Sippan'`.

Nobody sings a person: a capitalised run right after a verb of singing is a song's title
(`sjöng för Anna`, a preposition between, stays a person). A quoted word right after a verb of
saying, or a list of them, is a word said: a code word, a street name (`säger 'Lotta' och
'Sippan'`); a name said is introduced otherwise (`sa att han hette Lukas`, `heter Lukas`).
"""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.words import QUOTES, Tok

SING_VERBS: Final = frozenset({"sjunger", "sjöng", "sjunga", "sjungit", "sjungs", "nynnar",
                               "nynnade", "sing", "sings", "sang", "sung", "singing", "hummed",
                               "hums"})
SAY_VERBS: Final = frozenset({"säger", "sa", "sade", "sagt", "skriver", "skrev", "ropar", "ropade",
                              "viskar", "viskade", "says", "said", "writes", "wrote", "shouts",
                              "whispers"})
# Verbs of talking about something, before `om`/`about`, and of mentioning: a quoted word
# after them is a word talked about (`pratar om 'Subu' och 'Pregga'`).
TALK_VERBS: Final = frozenset({"pratar", "pratade", "snackar", "snackade", "talar", "talade",
                               "talk", "talks", "talked", "talking"})
MENTION_VERBS: Final = frozenset({"nämner", "nämnde", "nevnte", "nævnte", "mentions", "mentioned"})
_JOINERS: Final = frozenset({",", "och", "eller", "and", "or", "/"})
_REACH: Final = 12  # tokens back over a list of quoted words


def a_sung_title(run: list[Tok], toks: list[Tok]) -> bool:
    """Sung right after a verb of singing, or said in quotes after a verb of saying."""
    i = run[0].index - 1
    quoted = False
    while i >= 0 and toks[i].text in QUOTES:
        quoted = True
        i -= 1  # sjöng "Stilla natt"
    if i < 0:
        return False
    if toks[i].folded in SING_VERBS:
        return True
    # The quote must close right after the run: a quoted word, not a quoted message
    # (`skrev "Hej Anna Berg, ring mig"` names Anna Berg).
    after = run[-1].index + 1
    quoted = quoted and after < len(toks) and toks[after].text in QUOTES
    return quoted and (_a_word_said(i, toks) or (
        toks[i].folded in _JOINERS and _said_list(i, toks)))


def _a_word_said(i: int, toks: list[Tok]) -> bool:
    """toks[i] is a verb of saying or mentioning, or `om`/`about` after a verb of talking."""
    word = toks[i].folded
    return word in SAY_VERBS or word in MENTION_VERBS or (
        word in ("om", "about") and i > 0 and toks[i - 1].folded in TALK_VERBS)


def _said_list(i: int, toks: list[Tok]) -> bool:
    """`säger 'Lotta' och 'Sippan'`: back over quoted items to a verb of saying."""
    stop = max(-1, i - _REACH)
    while i > stop:
        t = toks[i]
        if _a_word_said(i, toks):
            return toks[i + 1].text in QUOTES
        if t.line_break_before or not (t.text in QUOTES or t.folded in _JOINERS or t.capital):
            return False
        i -= 1
    return False
