"""A word a naming verb gives to a thing, not a person: pills the crowd called `"Emma"`
(`kallade dem "Emma"`), what a colleague called `"Snö"`, something they called `Kat`, a print
that was called `"Katt"` (`stämpeln Donald Trump, som kallades "Katt"`). The
naming cue makes such a word a nickname; these say whose it is, so the drug's name stays."""

from __future__ import annotations

from typing import Final

from mailgate.scan.recognizers.namedfiles import SERVICE_WORDS, a_file_named
from mailgate.scan.recognizers.namequoted import NAME_WORDS, SHOWN_WORDS
from mailgate.scan.recognizers.namingsubject import a_thing_as_subject
from mailgate.scan.recognizers.nearby import before_quotes
from mailgate.scan.recognizers.nickname import (
    THING_PRONOUNS,
    cue_length,
    printed,
    something_before,
    whose,
)
from mailgate.scan.recognizers.words import Tok

# Verbs whose object may stand between them and the name: kallade dem "Emma", call it X.
_NAMING_VERBS: Final = frozenset({"kallade", "kallar", "kallat", "kallas", "call", "calls",
                                  "called", "döpte", "döpt", "named"})


def thing_named(tok: Tok, toks: list[Tok]) -> bool:
    """The naming cue right before `tok` names a thing: its object is a thing's pronoun, an
    unnamed thing stands before it, or the nearest telling word before it is a product."""
    j = before_quotes(toks, tok.index)
    if j >= 0 and j < tok.index and shown_as_a_service(tok, toks[j]):
        return True  # kontakten "Skolan", användaren "Admin": a place's, a service's
    if j < 1:
        return False
    if toks[j].folded in THING_PRONOUNS and toks[j - 1].folded in _NAMING_VERBS:
        return True  # kallade dem "Emma", called it Tina
    n = 1 if toks[j].folded in NAME_WORDS else cue_length(toks, j)
    if n is None:
        return False
    if a_thing_as_subject(toks, j - n):
        return True  # It is called Rose, den kallas Tina: a thing's pronoun names it
    if whose(toks, j - n) is None and a_file_named(toks, j - n + 1):
        return True  # Mappen har namnet "Ekonomi", Gruppchatten heter "Grannarna"
    if toks[j].folded in NAME_WORDS and cue_length(toks, j) is None:
        return False
    return something_before(toks, j - n + 1) or _a_print_before(toks, j - n + 1)


def _a_print_before(toks: list[Tok], start: int) -> bool:
    """The nearest capitalised word before the cue, in its sentence, ends a pill's print:
    `stämpeln Donald Trump, som på området kallades "Katt"` (not `a guy called Feffe`)."""
    for k in range(start - 1, max(-1, start - 1 - _BACK_TO_PRINT), -1):
        if toks[k].folded in _ENDS:
            return False
        if toks[k].capital:
            return printed(toks, k)
    return False


_BACK_TO_PRINT: Final = 6
_ENDS: Final = frozenset({".", "!", "?", ";", ":"})



def shown_as_a_service(tok: Tok, shown: Tok) -> bool:
    """A phone's contact, a sender or a user shown as a place's or a service's word
    (`"Skolan"`, `"Admin"`); any other unlisted word there may be a nickname (`"Spindeln"`,
    `"Professorn"`, `"Ghost"`)."""
    return shown.folded in SHOWN_WORDS and tok.folded in SERVICE_WORDS and not tok.info.name
